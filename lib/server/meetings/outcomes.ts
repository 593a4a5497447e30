import "server-only";
import type { FieldChange, ScheduledMeeting } from "@/lib/meetings/types";
import type { Tries, UpstreamFailure } from "@/lib/trtc/failure";

/**
 * What the meetings services report, in the domain's terms: no sentences, no form paths. The actions turn
 * these into what a form shows (lib/actions/present), with the words from the message catalog.
 */

export type ScheduleOutcome =
  | { kind: "scheduled"; meeting: ScheduledMeeting }
  /** Tencent did not confirm either way; the reconciler settles it (README, "How Roomdesk behaves…"). */
  | { kind: "unconfirmed"; intentId: string; roomId: string; failure: UpstreamFailure | null; tries: Tries }
  | { kind: "conflict"; roomId: string; mismatches: string[]; requestId: string }
  /** Roomdesk knows no room was made. */
  | { kind: "failed"; roomId: string; failure: UpstreamFailure; tries: Tries }
  | { kind: "start-passed"; roomId: string; requestId: string | null }
  /** The intent or an attempt could not be recorded, so nothing (more) was sent. */
  | { kind: "not-recorded"; stage: "intent" | "attempt" }
  | { kind: "intent-reused" }
  | { kind: "in-progress" };

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
