/**
 * What Tencent's callbacks told Roomdesk about a room (docs/trtc-api.md §6.3), as the browser sees it.
 * Times are ISO-8601 UTC; the viewer's zone is applied when they are shown.
 */

export interface RoomEventView {
  id: number;
  /** Tencent's EventTime. */
  at: string;
  receivedAt: string;
  /** The callback command as stored; `known` false for one Roomdesk has no schema for. */
  command: string;
  known: boolean;
  roomId: string | null;
  operator: string;
  platform: string | null;
  /** The accounts the event is about (entered, left, seated). */
  accounts: string[];
  /** Leave / Kicked / Expired for a member leaving; Enter for entering; null otherwise. */
  type: string | null;
  reason: string | null;
}

export interface RoomEventDetail extends RoomEventView {
  clientIp: string | null;
  /** The body as Tencent sent it. */
  body: unknown;
}

export interface AttendanceRow {
  account: string;
  firstEnteredAt: string | null;
  lastLeftAt: string | null;
  /** Why they last left (Leave, Kicked, Expired), null while present or unknown. */
  leftBecause: string | null;
  /** Still in the room at the last event Roomdesk has. */
  present: boolean;
  /** Whole minutes present, summed over every stay, up to the last event or now. */
  minutes: number;
  /** Stays counted (a reconnect is a second stay). */
  stays: number;
}

export type RoomLifecycle =
  | { state: "unknown" }
  | { state: "created"; at: string; operator: string; platform: string | null }
  | {
      state: "destroyed";
      at: string;
      operator: string;
      platform: string | null;
      by: "tencent" | "admin" | "member";
    };

export interface SeatChange {
  id: number;
  at: string;
  operator: string;
  seats: { index: number; account: string; locked: boolean }[];
}

export interface RoomActivity {
  events: RoomEventView[];
  attendance: AttendanceRow[];
  lifecycle: RoomLifecycle;
  seatHistory: SeatChange[];
}

/** A room Tencent told Roomdesk was created that Roomdesk did not schedule. */
export interface UnscheduledRoom {
  roomId: string;
  roomName: string;
  owner: string;
  createdAt: string;
  platform: string | null;
}

/** The callback page's counts (callback_counters). */
export interface CallbackCountsView {
  commands: { command: string; stored: number; duplicates: number; lastArrivedAt: string | null }[];
  refused: { reason: string; count: number; lastAt: string }[];
}
