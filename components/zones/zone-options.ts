import type { ComboboxOption } from "@/components/ui/combobox";
import type { Translate } from "@/lib/i18n/translate";
import { canonicalZone, formatOffset } from "@/lib/time";
import { searchZones, type ZoneMatch } from "@/lib/time/zones/search-zones";
import { COMMON_ZONES } from "@/lib/time/zones/zone-facts";
import { buildZoneIndex, type ZoneEntry } from "@/lib/time/zones/zone-index";

/** English too: a Japanese admin may still type "Japan", and the table's cities are in English. */
function countryNamer(locale: string): (code: string) => string[] {
  const names = [...new Set([locale, "en"])].map((l) => new Intl.DisplayNames(l, { type: "region" }));
  return (code) => [...new Set(names.map((n) => n.of(code) ?? code))];
}

/** Built when the list first opens, and again only for another date (offsets) or language (countries). */
export function zoneIndexCache() {
  let cached: { key: string; entries: ZoneEntry[] } | null = null;
  return (date: string, locale: string): ZoneEntry[] => {
    const key = `${date}|${locale}`;
    if (cached?.key !== key)
      cached = { key, entries: buildZoneIndex({ date, countryNames: countryNamer(locale) }) };
    return cached.entries;
  };
}

/** The viewer's zone, then the recent ones, then the common ones, each once. */
export function preferredZones(viewerZone: string | null, recent: readonly string[]): string[] {
  const zones = [...(viewerZone ? [viewerZone] : []), ...recent, ...COMMON_ZONES].map(canonicalZone);
  return [...new Set(zones)];
}

/** "Asia/Kathmandu — UTC+05:45", with what found it when that was not its name ("Osaka", "formerly …"). */
export function toOption({ entry, via }: ZoneMatch, t: Translate): ComboboxOption {
  const label = `${entry.zone} — ${formatOffset(entry.offsetMinutes)}`;
  if (!via) return { value: entry.zone, label };
  const description = via.kind === "formerly" ? t("zones.formerly", { name: via.text }) : via.text;
  return { value: entry.zone, label, description };
}

export function zoneOptions(entries: readonly ZoneEntry[], query: string, preferred: string[], t: Translate) {
  return searchZones(entries, query, preferred).map((match) => toOption(match, t));
}
