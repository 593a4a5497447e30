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
  /** Calls Tencent refused or never answered (outcome "unknown"), newest first, each with its RequestId when there is one. */
  failures: SupportCall[];
}
