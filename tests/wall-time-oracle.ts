/**
 * A second, deliberately plain answer to "which instants does this wall-clock time name in this zone?",
 * for property tests of lib/time: try every quarter-hour offset from UTC-12 to UTC+14 and keep the
 * instants whose wall clock, formatted by Intl, reads back the same. Every zone has used quarter-hour
 * offsets since 1980, so this is exhaustive there; it is slow, which only tests can afford.
 */

const QUARTER_HOUR_MS = 15 * 60_000;
const OFFSETS_MS = Array.from({ length: (26 * 60) / 15 + 1 }, (_, i) => (i - 48) * QUARTER_HOUR_MS);
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

const WALL = /^(\d{2})\/(\d{2})\/(\d{4}), (\d{2}):(\d{2})$/;

/** "YYYY-MM-DD" and "HH:MM" on the wall clock of `timeZone` at `epochSeconds` (years 1000–9999). */
export function oracleWallTime(epochSeconds: number, timeZone: string): { date: string; time: string } {
  const text = formatter(timeZone).format(epochSeconds * 1000);
  const m = WALL.exec(text);
  if (!m) throw new Error(`unexpected wall time format: ${text}`);
  return { date: `${m[3]}-${m[1]}-${m[2]}`, time: `${m[4]}:${m[5]}` };
}

/** Every instant (epoch seconds, ascending) whose wall clock in `timeZone` reads `date` `time`. */
export function oracleInstants(date: string, time: string, timeZone: string): number[] {
  const wallAsUtc = Date.parse(`${date}T${time}:00Z`);
  const [y, mo, d] = date.split("-");
  const expected = `${mo}/${d}/${y}, ${time}`;
  return OFFSETS_MS.map((offset) => (wallAsUtc - offset) / 1000)
    .filter((epoch) => formatter(timeZone).format(epoch * 1000) === expected)
    .sort((a, b) => a - b);
}
