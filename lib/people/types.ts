/** What the People and Seats tabs show (browser-safe; lib/server/people fills them from Tencent's answers). */

export type MemberRole = "owner" | "admin" | "member";

export interface MemberView {
  account: string;
  nameCard: string;
  role: MemberRole;
  marks: number[];
}

/** One page of the member list; `next` is Tencent's cursor, "" when this is the last page. */
export interface MemberPage {
  members: MemberView[];
  next: string;
}

export interface BannedView {
  account: string;
  /** Unix seconds. */
  until: number;
}

export interface SeatView {
  index: number;
  /** "" when the seat is free. */
  account: string;
  takenLocked: boolean;
  videoLocked: boolean;
  audioLocked: boolean;
}

/** A read Tencent refused or did not answer, said in words; the tab shows it in place of the list. */
export interface PeopleReadError {
  error: string;
  requestId: string | null;
}
