import "server-only";
import type { FieldChange, ScheduledMeeting } from "@/lib/meetings/types";
import type { ScheduleOutcome } from "@/lib/meetings/schedule-outcome";
import type { UpstreamFailure } from "@/lib/trtc/failure";

/**
 * What the meetings services report, in the domain's terms: no sentences, no form paths. The actions turn
 * these into what a form shows (lib/actions/present), with the words from the message catalog.
 */

/** Declared browser-safe: a spreadsheet job's rows store it and the page describes it. */
export type { ScheduleOutcome } from "@/lib/meetings/schedule-outcome";

/**
 * What the schedule form's scheduling came to: a job's or a reschedule's outcomes, plus the refusal only
 * the form meets. `room-id-held`: a series occurrence keeps the RoomId (a day left out or a cancelled
 * occurrence), so nothing was recorded or sent.
 */
export type ScheduleMeetingOutcome = ScheduleOutcome | { kind: "room-id-held"; roomId: string };

export type UpdateOutcome =
  | { kind: "updated"; requestId: string; sequence: number; changes: FieldChange[] }
  | { kind: "not-found" }
  | { kind: "cancelled" }
  | { kind: "no-change" }
  | { kind: "failed"; failure: UpstreamFailure };

export type CancelOutcome =
  /** `roomGone`: Tencent no longer had the room (100004), so it was marked cancelled without a destroy. */
  | { kind: "cancelled"; requestId: string | null; roomGone: boolean; sequence: number }
  | { kind: "not-found" }
  | { kind: "already-cancelled" }
  | { kind: "name-mismatch"; expected: string }
  | { kind: "failed"; failure: UpstreamFailure };

export type ImportOutcome =
  | { kind: "imported"; roomId: string; requestId: string }
  | { kind: "already-indexed" }
  | { kind: "no-such-room"; roomId: string; requestId: string | null }
  | { kind: "failed"; failure: UpstreamFailure };

/** What a reschedule came to (reschedule-meeting.ts, docs/adr/0007-reschedule-as-one-story.md). */
export type RescheduleOutcome =
  /** The new room exists; the old one is destroyed, or (`pending`) the reconciler destroys it shortly. */
  | { kind: "rescheduled"; from: string; meeting: ScheduledMeeting; oldRoom: "destroyed" | "pending" }
  /** The new room was refused: the old meeting stands, untouched. `reason` is the create's outcome. */
  | { kind: "not-rescheduled"; from: string; reason: ScheduleOutcome }
  /** Tencent did not confirm the new room; the reconciler finishes the reschedule either way. */
  | { kind: "unconfirmed"; from: string; to: string }
  | { kind: "not-found" }
  | { kind: "cancelled" }
  /** Destroying a live room would end the meeting under its participants. */
  | { kind: "live" }
  | { kind: "new-room-taken"; roomId: string }
  | { kind: "in-progress" }
  | { kind: "not-recorded" };
