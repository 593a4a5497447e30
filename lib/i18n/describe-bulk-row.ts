import type { ScheduleOutcome } from "@/lib/meetings/schedule-outcome";
import { describeTries, failureMessage, failureSentence } from "./describe-failure";
import type { Translate } from "./translate";

/**
 * A job row's outcome in the reader's words, chosen when it is shown (the row stores the facts): the same
 * sentences the schedule form says for the same outcome. Null for a row that needs no explanation.
 */
export function describeBulkRow(t: Translate, o: ScheduleOutcome | null): string | null {
  if (!o) return null;
  switch (o.kind) {
    case "scheduled":
      return null;
    case "conflict":
      return t("schedule.conflict", {
        roomId: o.roomId,
        fields: o.mismatches.join(", "),
        requestId: o.requestId,
      });
    case "failed":
      return failureMessage(t, o.failure, o.tries);
    case "start-passed":
      return t("schedule.startPassed", { roomId: o.roomId });
    case "unconfirmed": {
      const cause = o.failure ? `${failureSentence(t, o.failure)} ` : "";
      const tries = describeTries(t, o.failure, o.tries);
      return t("bulkJobs.rowUnconfirmed", {
        roomId: o.roomId,
        details: `${cause}${tries ? `${tries} ` : ""}`,
      });
    }
    case "not-recorded":
      return t(o.stage === "intent" ? "schedule.notRecorded" : "schedule.auditUnavailable");
    case "intent-reused":
      return t("bulkJobs.rowIntentReused");
    case "in-progress":
      return t("bulkJobs.rowInProgress");
  }
}
