import "server-only";
import { randomInt } from "node:crypto";
import type { TrtcCommandName } from "@/lib/trtc/commands";
import type { AuditAction } from "@/lib/audit/actions";
import type { Db } from "../db";
import type { AuditOutcome } from "../db/schema";
import type { TrtcCallOptions, TrtcCallResult } from "../trtc";
import { LOCAL_REFUSAL_KINDS } from "../trtc/trtc-error";
import { redactedBody, redactString } from "../redact";
import { keepPrepared } from "../db/prepared";
import { writeAuditRow, type AuditActor } from "./record";

export interface TrtcAttemptContext {
  actor: AuditActor;
  action: AuditAction;
  roomId: string;
  intentId: string | null;
  attempt: number;
}

/**
 * A definite answer from Tencent is ok/failed; no answer, or one we cannot read, is "unknown": the
 * command may or may not have been carried out.
 */
export function attemptOutcome(result: TrtcCallResult<unknown>): AuditOutcome {
  if (result.ok) return "ok";
  // Held back by Roomdesk's own rate limit or breaker: nothing was sent, so nothing can have happened.
  if (LOCAL_REFUSAL_KINDS.has(result.error.kind)) return "refused";
  return result.error.kind === "upstream" ? "failed" : "unknown";
}

/** The audit trail could not put an attempt on record, so the attempt was not sent. */
export class AuditUnavailableError extends Error {
  override name = "AuditUnavailableError";
  constructor() {
    // The database's own message stays out: it may quote the row being written.
    super("the audit log refused an attempt's record; nothing was sent");
  }
}

/** The uint32 `random` query parameter (docs/trtc-api.md §1.1), chosen here so the row can carry it. */
export const callRandom = () => randomInt(0x1_0000_0000);

/**
 * Puts an attempt on record before its request leaves: outcome `pending`, the redacted request body and
 * the call's `random`. Throws when the database refuses; the caller then must not send (fail closed).
 */
export async function beginTrtcAttempt(
  db: Db,
  ctx: TrtcAttemptContext,
  call: { command: TrtcCommandName; random: number; requestBody: unknown },
  secrets: readonly string[],
): Promise<number> {
  const row = {
    occurred_at: new Date().toISOString(),
    actor_id: ctx.actor.id,
    actor_role: ctx.actor.role,
    action: ctx.action,
    command: call.command,
    room_id: ctx.roomId,
    intent_id: ctx.intentId,
    attempt: ctx.attempt,
    outcome: "pending" as const,
    call_random: call.random,
  };
  const bodies = { request_body: redactedBody(call.requestBody, { secrets }), response_body: null };
  // The answer goes to audit_response when it comes (completeTrtcAttempt), never into this payload row.
  if (db.dialect === "postgres") return writeAuditRow(db.kysely, db.dialect, row, bodies);
  return db.kysely.transaction().execute((tx) => writeAuditRow(tx, db.dialect, row, bodies));
}

/** Records the answer of a pending attempt: the one change the audit log allows (pending → final). */
export async function completeTrtcAttempt(
  db: Db,
  auditId: number,
  result: TrtcCallResult<unknown>,
  secrets: readonly string[],
): Promise<void> {
  const error = result.ok ? null : result.error;
  const errorInfo = error ? (error.errorInfo ?? error.message) : "";
  const summary = {
    outcome: attemptOutcome(result),
    request_id: result.requestId,
    error_code: error ? error.code : 0,
    error_info: redactString(errorInfo, { secrets }),
    http_status: result.httpStatus,
    latency_ms: Math.round(result.latencyMs),
    completed_at: new Date().toISOString(),
  };
  const response_body = redactedBody(result.responseBody, { secrets });
  if (db.dialect === "postgres") {
    await db.kysely
      .with("summary", (qb) =>
        qb.updateTable("audit_log").set(summary).where("id", "=", auditId).returning("id"),
      )
      .insertInto("audit_response")
      .columns(["audit_id", "response_body"])
      .expression((eb) =>
        eb.selectFrom("summary").select((s) => ["summary.id", s.val(response_body).as("response_body")]),
      )
      .modifyEnd(keepPrepared)
      .execute();
    return;
  }
  await db.kysely.transaction().execute(async (tx) => {
    await tx
      .updateTable("audit_log")
      .set(summary)
      .where("id", "=", auditId)
      .modifyEnd(keepPrepared)
      .execute();
    await tx
      .insertInto("audit_response")
      .values({ audit_id: auditId, response_body })
      .modifyEnd(keepPrepared)
      .execute();
  });
}

/**
 * One upstream attempt with its trail: on record before the request leaves, completed when the answer
 * comes. If the record cannot be written nothing is sent (AuditUnavailableError). If the completion cannot
 * be written the call's result still stands (it happened); the row stays pending and is later shown as
 * interrupted, and the loss is logged.
 */
export async function auditedAttempt<T>(
  db: Db,
  ctx: TrtcAttemptContext,
  secrets: readonly string[],
  call: { command: TrtcCommandName; body: unknown; opts?: TrtcCallOptions },
  send: (opts: TrtcCallOptions) => Promise<TrtcCallResult<T>>,
): Promise<TrtcCallResult<T>> {
  const random = callRandom();
  const auditId = await beginTrtcAttempt(
    db,
    ctx,
    { command: call.command, random, requestBody: call.body },
    secrets,
  ).catch(() => {
    throw new AuditUnavailableError();
  });
  const result = await send({ ...call.opts, random });
  await completeTrtcAttempt(db, auditId, result, secrets).catch(() => {
    console.error(
      `roomdesk: the answer to ${call.command} (audit row ${auditId}, RequestId ` +
        `${result.requestId ?? "none"}) could not be recorded`,
    );
  });
  return result;
}

/** Attempts whose answer was never recorded because the process that sent them is gone. */
export async function markInterruptedAttempts(db: Db, olderThan: Date): Promise<number> {
  const result = await db.kysely
    .updateTable("audit_log")
    .set({ outcome: "interrupted", completed_at: new Date().toISOString() })
    .where("outcome", "=", "pending")
    .where("occurred_at", "<", olderThan.toISOString())
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
