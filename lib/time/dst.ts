import { offsetMsAt, wallPartsToUtcMs } from "./zone";
import { parseDate } from "./wall-time";

export interface OffsetChange {
  /** First instant (epoch seconds) on the new offset. */
  at: number;
  fromOffset: number;
  toOffset: number;
}

const HOUR_MS = 3_600_000;
// Offsets run from UTC-12 to UTC+14, so instants whose wall date is `date` sit in this window around it.
const BEFORE_MS = 15 * HOUR_MS;
const AFTER_MS = 13 * HOUR_MS;
// Real offset changes are months apart; a 3 h step cannot straddle two of them.
const STEP_MS = 3 * HOUR_MS;

function firstInstantOn(offset: number, loMs: number, hiMs: number, timeZone: string): number {
  let lo = loMs / 1000;
  let hi = hiMs / 1000;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (offsetMsAt(mid * 1000, timeZone) === offset) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * Does the UTC offset change during that local day in `timeZone`? Used for the form's warning. A change
 * belongs to the day whose wall clock it skips or repeats, so Santiago's midnight jump is on the Sunday.
 */
export function dstChangeOnDate(date: string, timeZone: string): OffsetChange | null {
  const d = parseDate(date);
  if (!d) return null;
  const dayStart = wallPartsToUtcMs({ ...d, hour: 0, minute: 0, second: 0 });
  const dayEnd = dayStart + 24 * HOUR_MS;
  let prevMs = dayStart - BEFORE_MS;
  let prev = offsetMsAt(prevMs, timeZone);
  for (let t = prevMs + STEP_MS; t <= dayEnd + AFTER_MS; t += STEP_MS) {
    const cur = offsetMsAt(t, timeZone);
    if (cur !== prev) {
      const at = firstInstantOn(cur, prevMs, t, timeZone);
      const wallA = at * 1000 + prev;
      const wallB = at * 1000 + cur;
      if (Math.min(wallA, wallB) < dayEnd && Math.max(wallA, wallB) > dayStart) {
        return { at, fromOffset: prev / 60_000, toOffset: cur / 60_000 };
      }
    }
    prevMs = t;
    prev = cur;
  }
  return null;
}
