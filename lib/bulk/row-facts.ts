import type { ScheduledMeeting } from "@/lib/meetings/types";
import type { Tries, UpstreamFailure } from "@/lib/trtc/failure";

/**
 * A row's scheduling outcome as stored on the row: the same facts the schedule service reports
 * (lib/server/meetings/outcomes.ts ScheduleOutcome), browser-safe, no words.
 */
export type ScheduleOutcomeFacts =
  | { kind: "scheduled"; meeting: ScheduledMeeting }
  | { kind: "unconfirmed"; intentId: string; roomId: string; failure: UpstreamFailure | null; tries: Tries }
  | { kind: "conflict"; roomId: string; mismatches: string[]; requestId: string }
  | { kind: "failed"; roomId: string; failure: UpstreamFailure; tries: Tries }
  | { kind: "start-passed"; roomId: string; requestId: string | null }
  | { kind: "not-recorded"; stage: "intent" | "attempt" }
  | { kind: "intent-reused" }
  | { kind: "in-progress" };
