import "server-only";
import { toCreateRoomBody } from "@/lib/schemas/create-room-body";
import type { ScheduleMeetingValues } from "@/lib/schemas/meeting";
import { fromRoomInfo } from "@/lib/trtc/room-fields";
import type { AuditActor } from "../audit/record";
import type { Kysely } from "kysely";
import type { Db } from "../db";
import type { Database } from "../db/schema";
import type { SchedulingDeps } from "../meetings/deps";
import {
  bodyHash,
  claimIntent,
  intentRequestOf,
  priorUnsettledIntent,
  takeOverIntent,
  type IntentRequest,
} from "../meetings/intents";
import type { ScheduleOutcome } from "../meetings/outcomes";
import { runIntent } from "../meetings/run-intent";
import { holdRowLease, type ClaimedRow, type RowLease } from "./claim-rows";
import { iso } from "./job-ids";
import { rowVerdict } from "./row-outcome";

/** Claims of one row before it is given up as failed (each claim that could not finish it counts). */
export const MAX_ROW_ATTEMPTS = 5;
/** How long a row that must be tried again waits before any instance claims it. */
const RETRY_AFTER_MS = 2_000;

/**
 * One row through the same intent machinery as the schedule form: the intent is stored before any call
 * under the row's derived id, then worked by runIntent. A row claimed again after a crash meets its intent:
 * settled → its stored outcome, no call; unattended → taken over and verified (mayExist) before any create,
 * so a killed server never makes a second room. The outcome is stored on the row while the lease is ours.
 */
export async function runRow(
  deps: SchedulingDeps,
  rowLease: RowLease,
  actor: AuditActor,
  row: ClaimedRow,
): Promise<void> {
  const release = holdRowLease(deps.db, row, rowLease);
  try {
    const { startAt, ...values } = JSON.parse(row.values_json) as ScheduleMeetingValues & {
      startAt?: number;
    };
    const request = { values, body: toCreateRoomBody(values, startAt) };
    const outcome = await scheduleRow(deps, actor, row.intent_id, request).catch((): ScheduleOutcome => ({
      kind: "not-recorded",
      stage: "intent",
    }));
    await storeVerdict(deps.db, rowLease, row, outcome);
  } finally {
    release();
  }
}

async function scheduleRow(
  deps: SchedulingDeps,
  actor: AuditActor,
  intentId: string,
  request: IntentRequest,
): Promise<ScheduleOutcome> {
  const hash = bodyHash(request.body);
  const claim = await claimIntent(
    deps.db,
    {
      intent_id: intentId,
      room_id: request.values.roomId,
      actor_id: actor.id,
      body_hash: hash,
      start_time: fromRoomInfo(request.body.RoomInfo).start ?? null,
      request,
    },
    deps.lease,
  );
  const run = (mayExist: boolean) =>
    runIntent(deps, { intentId, actor, scheduledBy: actor.id, request, mayExist });
  if (claim.claimed) return run(await priorUnsettledIntent(deps.db, request.values.roomId, intentId));
  const existing = claim.existing;
  // The intent id is the job's and the row's; another body under it is not this row's meeting.
  if (existing.body_hash !== hash) return { kind: "intent-reused" };
  const stored = existing.status !== "pending" && existing.status !== "unknown" ? existing.outcome : null;
  if (stored) return JSON.parse(stored) as ScheduleOutcome;
  if (await takeOverIntent(deps.db, existing, deps.lease)) {
    return runIntent(deps, {
      intentId,
      actor,
      scheduledBy: existing.actor_id,
      request: intentRequestOf(existing) ?? request,
      mayExist: true,
    });
  }
  return { kind: "in-progress" };
}

async function storeVerdict(db: Db, lease: RowLease, row: ClaimedRow, outcome: ScheduleOutcome) {
  const verdict = rowVerdict(outcome, row.attempts >= MAX_ROW_ATTEMPTS);
  const mine = db.kysely
    .updateTable("bulk_job_rows")
    .where("job_id", "=", row.job_id)
    .where("row_number", "=", row.row_number)
    .where("lease_owner", "=", lease.owner)
    .where("status", "=", "running");
  if (verdict.retry) {
    await mine.set({ lease_until: iso(lease.now() + RETRY_AFTER_MS) }).execute();
    return;
  }
  await mine
    .set({
      status: verdict.status,
      request_id: verdict.requestId,
      error_kind: verdict.errorKind,
      outcome: JSON.stringify(outcome),
      finished_at: iso(lease.now()),
      lease_owner: null,
      lease_until: null,
    })
    .execute();
  await finishJobIfDone(db.kysely, row.job_id, lease.now);
}

/**
 * The job is finished once no row is waiting or running; a paused or cancelled job keeps its state. True
 * when this call finished it. Run after each row, and on resume (rows may have ended during the pause).
 */
export async function finishJobIfDone(
  executor: Kysely<Database>,
  jobId: string,
  now: () => number,
): Promise<boolean> {
  const at = iso(now());
  const result = await executor
    .updateTable("bulk_jobs")
    .set({ status: "finished", finished_at: at, updated_at: at })
    .where("job_id", "=", jobId)
    .where("status", "=", "running")
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom("bulk_job_rows")
            .select("row_number")
            .where("job_id", "=", jobId)
            .where("status", "in", ["queued", "running"]),
        ),
      ),
    )
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
