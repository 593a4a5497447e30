/**
 * The viewer's colour scheme: the system's, or light or dark whatever the system says. Kept in a
 * preference cookie (like the language, lib/i18n/locales.ts) so the server writes it on <html> in the
 * first byte of every page and the CSS paints the right background before any script runs.
 * Client-safe: read by the root layout and by the header's switch.
 */
export const THEMES = ["system", "light", "dark"] as const;
export type Theme = (typeof THEMES)[number];
export const DEFAULT_THEME: Theme = "system";

export const THEME_COOKIE = "roomdesk-theme";
export const THEME_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

export const isTheme = (value: unknown): value is Theme =>
  typeof value === "string" && (THEMES as readonly string[]).includes(value);

/** A cookie value from anywhere (an old build, a hand edit) is only ever one of ours. */
export const themeFromCookie = (value: string | undefined): Theme => (isTheme(value) ? value : DEFAULT_THEME);

/** What the browser may paint before the stylesheet arrives (<meta name="color-scheme">). */
export const colorSchemeOf = (theme: Theme): "light dark" | "light" | "dark" =>
  theme === "system" ? "light dark" : theme;
