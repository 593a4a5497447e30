import "server-only";
import type { Actor } from "../auth/guard";
import { recordTrtcAttempt } from "../audit/trtc-attempt";
import type { AppConfig } from "../config";
import type { Db } from "../db";
import { RetryBudget } from "../reliability/retry-budget";
import type { TrtcClient } from "../trtc";
import { trtcSecrets } from "../trtc/instance";
import type { ReliableCreateDeps } from "./create-room-reliably";

const globalForBudget = globalThis as unknown as { roomdeskRetryBudget?: RetryBudget };

/** The process-wide retry budget: during an outage retries stop instead of multiplying the load. */
export function retryBudget(capacity: number): RetryBudget {
  globalForBudget.roomdeskRetryBudget ??= new RetryBudget(capacity);
  return globalForBudget.roomdeskRetryBudget;
}

export function attemptsFor(
  db: Db,
  actor: Actor,
  intentId: string,
  client: TrtcClient,
  config: AppConfig,
): ReliableCreateDeps {
  const secrets = trtcSecrets();
  return {
    client,
    budget: retryBudget(config.reliability.retry.budget),
    maxAttempts: config.reliability.retry.maxAttempts,
    backoff: { baseMs: config.reliability.retry.baseMs, capMs: config.reliability.retry.capMs },
    adminUserId: config.trtc.adminUserId,
    onAuditLost(requestId) {
      console.error(`roomdesk: room created (RequestId ${requestId}) but its audit row could not be written`);
    },
    async audit(action, attempt, result) {
      const roomId = (result.requestBody as { RoomInfo?: { RoomId?: string }; RoomId?: string }) ?? {};
      await recordTrtcAttempt(
        db,
        { actor, action, roomId: roomId.RoomInfo?.RoomId ?? roomId.RoomId ?? "", intentId, attempt },
        result,
        secrets,
      );
    },
  };
}
