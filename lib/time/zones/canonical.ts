import { ZONE_FACTS } from "./zone-facts";

const CANONICAL_OF = new Map<string, string>();
for (const [zone, facts] of Object.entries(ZONE_FACTS)) {
  for (const old of facts.formerly ?? []) CANONICAL_OF.set(old, zone);
}

/**
 * The tz database's current name for a zone: Chromium and Node list "Asia/Calcutta" and "Europe/Kiev" (ICU
 * keeps the old names as its own keys), but people search for "Kolkata" and "Kyiv". Unknown names pass as
 * they are.
 */
export function canonicalZone(zone: string): string {
  return CANONICAL_OF.get(zone) ?? zone;
}

/** The zone's other names, canonical first, so an engine that lacks one can still be asked by another. */
export function namesOf(zone: string): string[] {
  const canonical = canonicalZone(zone);
  const names = [canonical, ...(ZONE_FACTS[canonical]?.formerly ?? [])];
  return names.includes(zone) ? [zone, ...names.filter((n) => n !== zone)] : names;
}

/**
 * The first of the zone's names that `accepts` (the engine's Intl) takes: an older browser without
 * "Europe/Kyiv" still converts Kyiv's wall times through "Europe/Kiev". Null when it knows none of them.
 */
export function nameIntlAccepts(zone: string, accepts: (name: string) => boolean): string | null {
  return namesOf(zone).find(accepts) ?? null;
}
