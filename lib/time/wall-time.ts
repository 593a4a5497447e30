import { isValidTimeZone, offsetMsAt, wallPartsAt, wallPartsToUtcMs, type WallParts } from "./zone";

export type WallTimeResult =
  | { ok: true; epochSeconds: number }
  | {
      ok: false;
      reason: "nonexistent" | "ambiguous" | "invalid-zone" | "invalid-date";
      /** Both instants, earlier first, when the wall time happens twice. */
      candidates?: number[];
    };

const DAY_MS = 86_400_000;
const pad2 = (n: number) => String(n).padStart(2, "0");

export const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
export const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** "YYYY-MM-DD" that names a real calendar day (no 2027-02-29), years 0001–9999. */
export function parseDate(date: string): { year: number; month: number; day: number } | null {
  const m = DATE_PATTERN.exec(date);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(2000, month, 0)).getUTCDate();
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (month === 2 && !leap ? 28 : daysInMonth)) return null;
  return { year, month, day };
}

export function parseTime(time: string): { hour: number; minute: number } | null {
  const m = TIME_PATTERN.exec(time);
  return m ? { hour: Number(m[1]), minute: Number(m[2]) } : null;
}

const formatDate = (w: WallParts) => `${String(w.year).padStart(4, "0")}-${pad2(w.month)}-${pad2(w.day)}`;

/** The wall date and time ("YYYY-MM-DD", "HH:MM") of an instant in `timeZone`; seconds are dropped. */
export function epochToWallTime(epochSeconds: number, timeZone: string): { date: string; time: string } {
  const w = wallPartsAt(epochSeconds * 1000, timeZone);
  return { date: formatDate(w), time: `${pad2(w.hour)}:${pad2(w.minute)}` };
}

/**
 * The instant a wall-clock time names in `timeZone`, using the offset in force at that instant rather than
 * today's offset (the mistake in Tencent's own panel, docs/trtc-api.md §7). Wall times skipped by a change are
 * "nonexistent"; wall times that happen twice are "ambiguous" and return both instants.
 */
export function zonedWallTimeToEpoch(date: string, time: string, timeZone: string): WallTimeResult {
  if (!isValidTimeZone(timeZone)) return { ok: false, reason: "invalid-zone" };
  const d = parseDate(date);
  const t = parseTime(time);
  if (!d || !t) return { ok: false, reason: "invalid-date" };
  const local = wallPartsToUtcMs({ ...d, ...t, second: 0 });

  // Every instant whose wall clock reads `local` lies within a day of it, and offsets change at most once
  // around it in real data, so the offsets either side of the window are the only candidates. One more round
  // of guesses (offset at local - guess) catches a change that falls inside the window.
  const guesses = new Set([offsetMsAt(local - DAY_MS, timeZone), offsetMsAt(local + DAY_MS, timeZone)]);
  for (const g of [...guesses]) guesses.add(offsetMsAt(local - g, timeZone));
  const hits = [...guesses]
    .map((g) => local - g)
    .filter((epoch) => offsetMsAt(epoch, timeZone) === local - epoch)
    .sort((a, b) => a - b)
    .map((ms) => ms / 1000);

  const unique = [...new Set(hits)];
  if (unique.length === 0) return { ok: false, reason: "nonexistent" };
  if (unique.length > 1) return { ok: false, reason: "ambiguous", candidates: unique };
  return { ok: true, epochSeconds: unique[0]! };
}

/** Which of the two instants a repeated wall time means: before the clocks go back, or after. */
export const OCCURRENCES = ["first", "second"] as const;
export type Occurrence = (typeof OCCURRENCES)[number];

/**
 * The instant the admin meant: a wall time that happens twice resolves to the occurrence they chose.
 * Without a choice it stays "ambiguous"; a choice on any other time changes nothing here (the schedule
 * schema refuses it).
 */
export function chooseOccurrence(result: WallTimeResult, occurrence?: Occurrence): WallTimeResult {
  if (result.ok || result.reason !== "ambiguous" || !occurrence || !result.candidates) return result;
  const { candidates } = result;
  return { ok: true, epochSeconds: occurrence === "first" ? candidates[0]! : candidates.at(-1)! };
}

/** zonedWallTimeToEpoch with the admin's choice of occurrence applied. */
export function resolveWallTime(
  date: string,
  time: string,
  timeZone: string,
  occurrence?: Occurrence,
): WallTimeResult {
  return chooseOccurrence(zonedWallTimeToEpoch(date, time, timeZone), occurrence);
}
