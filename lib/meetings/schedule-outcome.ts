import type { ScheduledMeeting } from "./types";
import type { Tries, UpstreamFailure } from "@/lib/trtc/failure";

/**
 * What scheduling came to, in the domain's terms: no sentences, no form paths. The schedule service
 * returns it (lib/server/meetings), the actions put it into words (lib/actions/present), and a
 * spreadsheet job stores it on each row and describes it in the reader's language.
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
