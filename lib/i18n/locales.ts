/**
 * The languages Roomdesk speaks and how a request picks one: the saved choice (a cookie the header's
 * switch sets, which signing out leaves alone), else the browser's Accept-Language, else English.
 * Client-safe: no catalog is imported here.
 */
export const LOCALES = ["en", "ja", "zh-Hans"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** The saved choice. Not a session cookie: it is a preference, read on the sign-in page as well. */
export const LOCALE_COOKIE = "roomdesk-locale";
export const LOCALE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

/** Each language named in itself, for the switch. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", ja: "日本語", "zh-Hans": "简体中文" };

export const isLocale = (value: unknown): value is Locale =>
  typeof value === "string" && (LOCALES as readonly string[]).includes(value);

/** One language tag to ours: ja, ja-JP → ja; zh, zh-CN, zh-SG, zh-Hans → zh-Hans; Traditional Chinese is not ours. */
export function matchLocale(tag: string): Locale | null {
  const lower = tag.trim().toLowerCase();
  if (lower === "ja" || lower.startsWith("ja-")) return "ja";
  if (lower === "en" || lower.startsWith("en-")) return "en";
  if (lower === "zh" || lower === "zh-cn" || lower === "zh-sg" || lower.startsWith("zh-hans"))
    return "zh-Hans";
  return null;
}

/** The first of the browser's languages (by q-value, then order) that Roomdesk speaks. */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale | null {
  if (!header) return null;
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.tag && entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const { tag } of ranked) {
    const locale = matchLocale(tag);
    if (locale) return locale;
  }
  return null;
}

export function resolveLocale(
  saved: string | null | undefined,
  acceptLanguage: string | null | undefined,
): Locale {
  if (isLocale(saved)) return saved;
  return localeFromAcceptLanguage(acceptLanguage) ?? DEFAULT_LOCALE;
}
