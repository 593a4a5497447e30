import { formatOffset, listTimeZones, parseDate, zonedWallTimeToEpoch, zoneOffsetMinutes } from "@/lib/time";
import type { ComboboxOption } from "@/components/ui/combobox";

let zones: string[] | undefined;

/**
 * The offset in force at noon of `date` in `zone`: the one a meeting that day gets, which differs from
 * today's in half the year. Noon is never inside a DST jump. Without a valid date, today's offset.
 */
export function zoneOffsetOnDate(zone: string, date: string): number {
  const noon = parseDate(date) ? zonedWallTimeToEpoch(date, "12:00", zone) : null;
  const at = noon?.ok ? noon.epochSeconds : Math.floor(Date.now() / 1000);
  return zoneOffsetMinutes(zone, at);
}

/** "Europe/Berlin — UTC+02:00" for every IANA zone the platform knows, offsets as on `date`. */
export function zoneOptions(date: string): ComboboxOption[] {
  zones ??= listTimeZones();
  return zones.map((zone) => ({
    value: zone,
    label: `${zone} — ${formatOffset(zoneOffsetOnDate(zone, date))}`,
  }));
}
