import "server-only";
import type { Actor } from "../auth/guard";
import type { Db } from "../db";
import type { AuditLogTable } from "../db/schema";
import type { TrtcCallResult } from "../trtc";
import { LOCAL_REFUSAL_KINDS, wireCommand } from "../trtc/trtc-error";
import { recordAudit } from "./record";

export interface TrtcAttemptContext {
  actor: Actor;
  /** Dotted `noun.verb`: `room.create`, `room.verify`, `room.update`, … */
  action: string;
  roomId: string;
  intentId: string | null;
  attempt: number;
}

/**
 * A definite answer from Tencent is ok/failed; no answer, or one we cannot read, is "unknown": the
 * command may or may not have been carried out.
 */
export function attemptOutcome(result: TrtcCallResult<unknown>): AuditLogTable["outcome"] {
  if (result.ok) return "ok";
  // Held back by Roomdesk's own rate limit or breaker: nothing was sent, so nothing can have happened.
  if (LOCAL_REFUSAL_KINDS.has(result.error.kind)) return "refused";
  return result.error.kind === "upstream" ? "failed" : "unknown";
}

/** One audit row for one upstream attempt, with the redacted request and response. */
export function recordTrtcAttempt(
  db: Db,
  ctx: TrtcAttemptContext,
  result: TrtcCallResult<unknown>,
  secrets: readonly string[],
): Promise<number> {
  const error = result.ok ? null : result.error;
  return recordAudit(
    db,
    {
      actor_id: ctx.actor.id,
      actor_role: ctx.actor.role,
      action: ctx.action,
      command: wireCommand(result.command),
      room_id: ctx.roomId,
      intent_id: ctx.intentId,
      attempt: ctx.attempt,
      request_id: result.requestId,
      error_code: result.ok ? 0 : error!.code,
      error_info: result.ok ? "" : (error!.errorInfo ?? error!.message),
      outcome: attemptOutcome(result),
      http_status: result.httpStatus,
      latency_ms: Math.round(result.latencyMs),
      requestBody: result.requestBody,
      responseBody: result.responseBody,
    },
    { secrets },
  );
}
