import "server-only";
import {
  TRTC_COMMANDS,
  type TrtcCommandName,
  type TrtcRequest,
  type TrtcResponse,
} from "@/lib/trtc/commands";
import type { AuditAction } from "@/lib/audit/actions";
import type { Db } from "../db";
import { backoffDelay, type BackoffPolicy } from "../reliability/backoff";
import type { RetryBudget } from "../reliability/retry-budget";
import type { TrtcCallOptions, TrtcCallResult, TrtcClient } from "../trtc";
import { LOCAL_REFUSAL_KINDS } from "../trtc/trtc-error";
import type { AuditActor } from "./record";
import { auditedAttempt } from "./trtc-attempt";

/** What one call is, for its audit row. */
export interface AttemptMeta extends Pick<TrtcCallOptions, "signal" | "timeoutMs"> {
  action: AuditAction;
  /** 1-based number of this attempt within its intent; 1 for a single call. */
  attempt?: number;
  /**
   * Retry transient failures as the command's retry class allows (default). Flows that run their own
   * loop, like create-room-reliably, say false.
   */
  retry?: boolean;
}

/** Every command of the registry, each attempt on record before its request leaves (trtc-attempt.ts). */
export interface AttemptClient {
  run<C extends TrtcCommandName>(
    command: C,
    body: TrtcRequest<C>,
    meta: AttemptMeta,
  ): Promise<TrtcCallResult<TrtcResponse<C>>>;
}

/** How reads and repeatable writes are retried: the process's budget, attempts and backoff. */
export interface RetryPolicy {
  budget: RetryBudget;
  maxAttempts: number;
  backoff: BackoffPolicy;
  sleep?: (ms: number) => Promise<void>;
}

export interface AuditedTrtcDeps {
  db: Db;
  trtc: TrtcClient;
  secrets: readonly string[];
  /** Without one, every call is a single attempt. */
  retry?: RetryPolicy;
}

const roomIdOf = (body: unknown): string => {
  const b = body as { RoomId?: unknown; RoomInfo?: { RoomId?: unknown } } | null;
  const id = b?.RoomInfo?.RoomId ?? b?.RoomId;
  return typeof id === "string" ? id : "";
};

/** Worth another attempt: Tencent (or its gateway) did not answer for good, and something was sent. */
const transient = (r: TrtcCallResult<unknown>) =>
  !r.ok && r.error.retryable !== "no" && !LOCAL_REFUSAL_KINDS.has(r.error.kind);

/**
 * The TRTC client as one actor (and, when scheduling, one intent) uses it: every command through the same
 * audit-before-send, and reads and repeatable writes retried by their retry class within the budget.
 */
export function auditedTrtc(
  deps: AuditedTrtcDeps,
  who: { actor: AuditActor; intentId?: string | null },
): AttemptClient {
  return {
    async run(command, body, meta) {
      const spec = TRTC_COMMANDS[command];
      const policy = deps.retry;
      const retries =
        meta.retry !== false && policy && (spec.retry === "read" || spec.retry === "repeatable");
      const first = meta.attempt ?? 1;
      const sleep = policy?.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
      for (let n = 0; ; n++) {
        const result = await auditedAttempt(
          deps.db,
          {
            actor: who.actor,
            action: meta.action,
            roomId: roomIdOf(body),
            intentId: who.intentId ?? null,
            attempt: first + n,
          },
          deps.secrets,
          { command, body, opts: { signal: meta.signal, timeoutMs: meta.timeoutMs } },
          (opts) => deps.trtc.run(command, body, opts),
        );
        const again =
          retries &&
          transient(result) &&
          n + 1 < policy.maxAttempts &&
          !meta.signal?.aborted &&
          policy.budget.trySpend();
        if (!again) {
          if (result.ok && retries) policy.budget.recordSuccess();
          return result;
        }
        const pause = !result.ok && result.error.retryable === "after-pause" ? 1000 : 0;
        await sleep(pause + backoffDelay(n + 1, policy.backoff));
      }
    },
  };
}
