import "server-only";
import type { Db } from "../db";
import type { ScheduleOutcome } from "../meetings/outcomes";
import { iso } from "./job-ids";
import { rowVerdict } from "./row-outcome";

/** Rows looked at per pass; the next pass takes the rest. */
const BATCH = 100;

/**
 * Rows left unconfirmed (Tencent's answer was lost) take their intent's outcome once the reconciler has
 * settled it, so a job's results say what became of every row without anyone resending it.
 */
export async function settleUnconfirmedRows(db: Db, now: () => number): Promise<number> {
  const rows = await db.kysely
    .selectFrom("bulk_job_rows as r")
    .innerJoin("schedule_intents as i", "i.intent_id", "r.intent_id")
    .select(["r.job_id", "r.row_number", "i.outcome"])
    .where("r.status", "=", "unconfirmed")
    .where("i.status", "in", ["created", "failed", "conflict"])
    .limit(BATCH)
    .execute();
  let settled = 0;
  for (const row of rows) {
    if (!row.outcome) continue;
    const outcome = JSON.parse(row.outcome) as ScheduleOutcome;
    const verdict = rowVerdict(outcome, true);
    if (verdict.retry) continue;
    const result = await db.kysely
      .updateTable("bulk_job_rows")
      .set({
        status: verdict.status,
        request_id: verdict.requestId,
        error_kind: verdict.errorKind,
        outcome: row.outcome,
        finished_at: iso(now()),
      })
      .where("job_id", "=", row.job_id)
      .where("row_number", "=", row.row_number)
      .where("status", "=", "unconfirmed")
      .executeTakeFirst();
    settled += Number(result.numUpdatedRows);
  }
  return settled;
}
