import "server-only";
import type { FieldChange } from "@/lib/meetings/types";
import type { UpstreamFailure } from "@/lib/trtc/failure";

/**
 * What the meetings services report, in the domain's terms: no sentences, no form paths. The actions turn
 * these into what a form shows (lib/actions/present), with the words from the message catalog.
 */

/** Declared browser-safe: a spreadsheet job's rows store it and the page describes it. */
export type { ScheduleOutcome } from "@/lib/meetings/schedule-outcome";

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
