import { TIME_PATTERN } from "./wall-time";

const pad2 = (n: number) => String(n).padStart(2, "0");

// Hours, then minutes after an optional ":", "." or "h" ("9", "0930", "9.30", "21h30"), then an optional
// AM/PM for people used to 12-hour clocks. Full-width digits and colons (a Japanese or Chinese IME) are
// folded first by NFKC.
const TYPED = /^(\d{1,2})(?:[:.h]?(\d{2}))?(am|pm|a|p)?$/;

/**
 * What someone typed into a time field, as the "HH:MM" (24-hour) the schedule schema takes: "9" → "09:00",
 * "930" → "09:30", "9:30 pm" → "21:30". null when it names no clock time; the field then keeps the text
 * as typed, so the schema (the one judge of validity) refuses it with its own message.
 */
export function normalizeTypedClock(text: string): string | null {
  const folded = text.normalize("NFKC").toLowerCase().replace(/\s+/g, "");
  if (TIME_PATTERN.test(folded)) return folded;
  const m = TYPED.exec(folded);
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = m[2] === undefined ? 0 : Number(m[2]);
  const half = m[3]?.[0];
  if (half) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (half === "p" ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return null;
  return `${pad2(hour)}:${pad2(minute)}`;
}
