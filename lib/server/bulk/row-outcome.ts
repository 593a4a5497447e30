import "server-only";
import type { BulkRowStatus } from "../db/schema";
import type { ScheduleOutcome } from "../meetings/outcomes";

/** What a row's scheduling came to, as stored on the row; `retry` leaves the row for a later claim. */
export type RowVerdict =
  | { retry: true }
  | { retry: false; status: BulkRowStatus; requestId: string | null; errorKind: string | null };

const done = (status: BulkRowStatus, requestId: string | null, errorKind: string | null): RowVerdict => ({
  retry: false,
  status,
  requestId,
  errorKind,
});

/**
 * A row's end from its intent's outcome. Only what cannot change by trying again ends the row; "not
 * recorded" (the database refused the intent or an attempt, so nothing was sent) and "in progress" (another
 * worker holds the intent) are tried again, at most `lastAttempt` claims in all.
 */
export function rowVerdict(outcome: ScheduleOutcome, lastAttempt: boolean): RowVerdict {
  switch (outcome.kind) {
    case "scheduled":
      return done("scheduled", outcome.meeting.requestId, null);
    case "conflict":
      return done("conflict", outcome.requestId, "conflict");
    case "failed":
      return done("failed", outcome.failure.requestId, `failed:${outcome.failure.kind}`);
    case "start-passed":
      return done("failed", outcome.requestId, "start-passed");
    case "unconfirmed":
      return done("unconfirmed", outcome.failure?.requestId ?? null, "unconfirmed");
    case "intent-reused":
      return done("failed", null, "intent-reused");
    case "not-recorded":
    case "in-progress":
      return lastAttempt ? done("failed", null, outcome.kind) : { retry: true };
  }
}
