import "server-only";
import type { ExpressionBuilder } from "kysely";
import type { Db } from "../db";
import type { Database } from "../db/schema";
import type { ScheduleOutcome } from "../meetings/outcomes";
import { iso } from "./job-ids";
import { rowVerdict } from "./row-outcome";

/** Rows looked at per pass; the next pass takes the rest. */
const BATCH = 100;

/**
 * A cancelled job's rows that a killed instance left running are claimed by no one (only running jobs'
 * rows are). Once their lease is out they end: cancelled when their intent was never stored (nothing was
 * sent), else unconfirmed, and then take the intent's outcome as the reconciler settles it.
 */
async function endAbandonedRows(db: Db, now: () => number): Promise<void> {
  const at = iso(now());
  const abandoned = db.kysely
    .updateTable("bulk_job_rows")
    .where("status", "=", "running")
    .where("lease_until", "<", at)
    .where("job_id", "in", (eb) =>
      eb.selectFrom("bulk_jobs").select("job_id").where("status", "=", "cancelled"),
    );
  const intentStored = (eb: ExpressionBuilder<Database, "bulk_job_rows">) =>
    eb.exists(
      eb
        .selectFrom("schedule_intents")
        .select("intent_id")
        .whereRef("schedule_intents.intent_id", "=", "bulk_job_rows.intent_id"),
    );
  await abandoned
    .where((eb) => intentStored(eb))
    .set({
      status: "unconfirmed",
      lease_owner: null,
      lease_until: null,
      error_kind: "unconfirmed",
      finished_at: at,
    })
    .execute();
  await abandoned
    .where((eb) => eb.not(intentStored(eb)))
    .set({ status: "cancelled", lease_owner: null, lease_until: null, finished_at: at })
    .execute();
}

/**
 * Rows left unconfirmed (Tencent's answer was lost) take their intent's outcome once the reconciler has
 * settled it, so a job's results say what became of every row without anyone resending it.
 */
export async function settleUnconfirmedRows(db: Db, now: () => number): Promise<number> {
  await endAbandonedRows(db, now);
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
