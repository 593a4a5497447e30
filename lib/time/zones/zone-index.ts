import { parseDate, zonedWallTimeToEpoch } from "../wall-time";
import { isValidTimeZone, listTimeZones, zoneOffsetMinutes } from "../zone";
import { canonicalZone } from "./canonical";
import { ZONE_FACTS } from "./zone-facts";

/** How a search term relates to its zone; the picker says so beside an option found by anything but its name. */
export type TermKind = "name" | "formerly" | "city" | "country" | "abbreviation";

export interface ZoneTerm {
  kind: TermKind;
  /** As shown: "Osaka", "Japan", "Asia/Calcutta". */
  text: string;
  /** As compared: lower case, "_" as a space, accents dropped. */
  key: string;
}

export interface ZoneEntry {
  zone: string;
  /** Minutes east of UTC on the meeting's date. */
  offsetMinutes: number;
  terms: ZoneTerm[];
}

/** "São Paulo" and "sao_paulo" compare equal: people type without accents, IANA spells spaces as "_". */
export const searchKey = (s: string) =>
  s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replaceAll("_", " ").trim();

const term = (kind: TermKind, text: string): ZoneTerm => ({ kind, text, key: searchKey(text) });

/**
 * The offset in force at noon of `date` in `zone`: the one a meeting that day gets, which differs from
 * today's in half the year. Noon is never inside a DST jump. Without a valid date, the offset at `nowMs`.
 */
export function zoneOffsetOnDate(zone: string, date: string, nowMs = Date.now()): number {
  const noon = parseDate(date) ? zonedWallTimeToEpoch(date, "12:00", zone) : null;
  const at = noon?.ok ? noon.epochSeconds : Math.floor(nowMs / 1000);
  return zoneOffsetMinutes(zone, at);
}

/** Every zone the engine knows plus the table's, each once under its current name (Kolkata, not Calcutta). */
export function knownZones(listed: readonly string[] = listTimeZones()): string[] {
  const zones = new Set<string>();
  for (const zone of [...listed, ...Object.keys(ZONE_FACTS)]) {
    const canonical = canonicalZone(zone);
    if (isValidTimeZone(canonical)) zones.add(canonical);
  }
  return [...zones].sort();
}

export interface IndexOptions {
  date: string;
  /** The country's names to match, e.g. ["Japan", "日本"] for the viewer's language and English. */
  countryNames(code: string): string[];
  listed?: readonly string[];
  nowMs?: number;
}

export function buildZoneIndex({ date, countryNames, listed, nowMs }: IndexOptions): ZoneEntry[] {
  return knownZones(listed).map((zone) => {
    const facts = ZONE_FACTS[zone] ?? {};
    return {
      zone,
      offsetMinutes: zoneOffsetOnDate(zone, date, nowMs),
      terms: [
        term("name", zone),
        ...(facts.formerly ?? []).map((name) => term("formerly", name)),
        ...(facts.cities ?? []).map((city) => term("city", city)),
        ...(facts.country ? countryNames(facts.country) : []).map((name) => term("country", name)),
        ...(facts.abbreviations ?? []).map((abbr) => term("abbreviation", abbr)),
      ],
    };
  });
}
