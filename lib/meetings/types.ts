import type { MeetingSettings } from "@/lib/server/db/schema";

/** Shapes the meetings API returns to the browser (plain JSON). */

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
  action: string;
  command: string | null;
  outcome: "ok" | "failed" | "unknown" | "refused";
  errorCode: number | null;
  errorInfo: string | null;
  requestId: string | null;
}

export interface MeetingDetail extends MeetingSummary {
  settings: MeetingSettings;
  sequence: number;
  createdBy: string;
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
  | { state: "gone"; requestId: string | null; message: string }
  | { state: "error"; requestId: string | null; message: string };

export interface MeetingFilters {
  tab: MeetingTab;
  q: string;
  /** "YYYY-MM-DD" in the viewer's zone, or "". */
  from: string;
  to: string;
  /** The viewer's IANA zone, which gives `from`/`to` their instants. */
  tz: string;
}
