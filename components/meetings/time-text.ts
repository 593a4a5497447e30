import { epochToWallTime, formatClockRange, formatRange, type PlusDays } from "@/lib/time";
import type { Translate } from "@/lib/i18n/translate";

export { formatDay } from "@/lib/time";

const plusDaysIn =
  (t: Translate): PlusDays =>
  (days) =>
    t("when.plusDays", { count: days });

/** A meeting's window with its date and zone offset, in the viewer's words for "(+1 day)". */
export const meetingRange = (t: Translate, start: number, end: number, timeZone: string, locale?: string) =>
  formatRange(start, end, timeZone, locale, plusDaysIn(t));

/** A meeting's window by its clocks alone, for a list under a day's heading. */
export const meetingClocks = (t: Translate, start: number, end: number, timeZone: string, locale?: string) =>
  formatClockRange(start, end, timeZone, locale, plusDaysIn(t));

export const wallTime = (epoch: number, timeZone: string) => epochToWallTime(epoch, timeZone).time;
