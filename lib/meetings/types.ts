import type { SwitchKey } from "@/lib/trtc/room-fields";
import type { UpstreamFailure } from "@/lib/trtc/failure";
import type { SeatMode } from "@/lib/trtc/limits";
import type { Outcome } from "@/lib/support/types";
import type { ActorView } from "@/lib/audit/actor";

/** Shapes the meetings API returns to the browser (plain JSON). */

/** Settings as scheduled, in form terms (also the JSON of the index's `settings` column). */
export type MeetingSettings = Record<SwitchKey, boolean> & {
  maxMemberCount: number | null;
  seats: { enabled: false } | { enabled: true; maxSeatCount: number; takeSeatMode: SeatMode };
  customInfo: string;
};

/** One field an edit changes: its form path and its old and new values, for the catalog to word. */
export interface FieldChange {
  field: string;
  from: string | number | boolean | null;
  to: string | number | boolean | null;
}

export const MEETING_TABS = ["upcoming", "past", "cancelled"] as const;
export type MeetingTab = (typeof MEETING_TABS)[number];

/** Stored status plus the clock: "live" and "ended" are never stored. */
export type MeetingPhase = "upcoming" | "live" | "ended" | "cancelled";

export interface MeetingSummary {
  roomId: string;
  roomName: string;
  owner: string | null;
  /** Unix seconds. */
  start: number;
  end: number;
  timeZone: string;
  phase: MeetingPhase;
  source: "scheduled" | "imported";
  invitees: string[];
}

export interface MeetingPage {
  items: MeetingSummary[];
  nextCursor: string | null;
}

export interface AuditEntryView {
  id: number;
  occurredAt: string;
  actorId: string;
  actor: ActorView;
  action: string;
  command: string | null;
  outcome: Outcome;
  errorCode: number | null;
  errorInfo: string | null;
  requestId: string | null;
}

export interface MeetingDetail extends MeetingSummary {
  settings: MeetingSettings;
  sequence: number;
  createdBy: ActorView;
  createRequestId: string | null;
  createdAt: string;
  updatedAt: string;
  cancelledAt: string | null;
  cancelNote: string | null;
  timeline: AuditEntryView[];
}

export type LiveRoom =
  | {
      state: "found";
      requestId: string;
      roomStatus: string | null;
      memberCount: number | null;
      roomName: string | null;
    }
  | { state: "gone"; requestId: string | null }
  /** Tencent answered with an error (`failure.kind` "upstream"), or did not answer. */
  | { state: "error"; requestId: string | null; failure: UpstreamFailure };

export interface MeetingFilters {
  tab: MeetingTab;
  q: string;
  /** "YYYY-MM-DD" in the viewer's zone, or "". */
  from: string;
  to: string;
  /** The viewer's IANA zone, which gives `from`/`to` their instants. */
  tz: string;
}

export interface ScheduledMeeting {
  roomId: string;
  requestId: string;
  roomName: string;
  timeZone: string;
  /** Unix seconds. */
  start: number;
  end: number;
  /** True when the create's answer was lost and get_room_info confirmed the room is ours. */
  verified: boolean;
}

/** A scheduling intent as the waiting form polls it; once settled, a resend of it replays the answer. */
export interface IntentProgress {
  status: "pending" | "unknown" | "created" | "failed" | "conflict";
  roomId: string;
  settled: boolean;
}
