import type { SupportCall } from "@/lib/support/types";
import type { MeetingSummary } from "./types";

/** The home page's four lists, for the viewer's zone; `more*` says a list was cut at its page size. */
export interface HomeOverview {
  /** The viewer's IANA zone that "today" and "the next 7 days" are counted in. */
  timeZone: string;
  live: MeetingSummary[];
  today: MeetingSummary[];
  nextDays: MeetingSummary[];
  moreNextDays: boolean;
  /** Calls Tencent refused, newest first, each with its RequestId when Tencent gave one. */
  failures: SupportCall[];
}
