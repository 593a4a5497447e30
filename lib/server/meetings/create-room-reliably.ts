import "server-only";
import type { CreateRoomBody } from "@/lib/trtc/wire";
import { LOCAL_REFUSAL_KINDS } from "../trtc/trtc-error";
import type { TrtcCallResult, TrtcClient, TrtcError } from "../trtc";
import { backoffDelay, type BackoffPolicy } from "../reliability/backoff";
import type { RetryBudget } from "../reliability/retry-budget";
import { roomMismatches } from "./room-matches";

export interface ReliableCreateDeps {
  client: TrtcClient;
  /** Writes the audit row of one upstream attempt; throwing stops the flow (fail closed). */
  audit(
    action: "room.create" | "room.verify",
    attempt: number,
    result: TrtcCallResult<unknown>,
  ): Promise<void>;
  budget: RetryBudget;
  maxAttempts: number;
  backoff: BackoffPolicy;
  adminUserId: string;
  sleep?: (ms: number) => Promise<void>;
  /** Budget for all attempts and checks together; default 25 s. */
  deadlineMs?: number;
  /** Called when a successful create could not be audited (the success stands). */
  onAuditLost?: (requestId: string) => void;
}

export type CreateOutcome =
  | { status: "created"; requestId: string; verified: boolean }
  | { status: "failed"; error: TrtcError; retriesExhausted: boolean }
  | { status: "conflict"; mismatches: string[]; requestId: string };

/** No answer we can trust: Tencent may have created the room. */
const isAmbiguous = (e: TrtcError) => ["timeout", "network", "http", "malformed", "aborted"].includes(e.kind);
// Tencent refuses a second create of the same RoomId within a second; the room may be ours, so look after it.
const SAME_ID_TOO_SOON = 100012;
const ROOM_EXISTS = 100003;
const NO_SUCH_ROOM = 100004;

/**
 * Creates a room at most once per intent: retries only what is retryable, and after any answer that leaves
 * the outcome open asks get_room_info before creating again. A room that exists with other values is a
 * conflict and is never overwritten.
 */
export async function createRoomReliably(
  deps: ReliableCreateDeps,
  body: CreateRoomBody,
  /** An earlier attempt for this RoomId ended without a definite answer: a 100003 may be our own room. */
  opts: { mayExist?: boolean } = {},
): Promise<CreateOutcome> {
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const roomId = body.RoomInfo.RoomId;
  // One deadline over all attempts, below the 30 s a resubmission waits for an intent in progress.
  const deadline = AbortSignal.timeout(deps.deadlineMs ?? 25_000);
  let mayExist = opts.mayExist ?? false;
  let lastError: TrtcError | null = null;

  for (let attempt = 1; attempt <= deps.maxAttempts && !deadline.aborted; attempt++) {
    if (attempt > 1) {
      if (!deps.budget.trySpend()) break;
      const pause = lastError?.retryable === "after-pause" ? 1000 : 0;
      await sleep(pause + backoffDelay(attempt - 1, deps.backoff));
      if (deadline.aborted) break;
    }
    const result = await deps.client.createRoom(body, { signal: deadline });
    if (result.ok) {
      // The room exists now: a failed audit write must not turn that into a failure (and a second room).
      await deps.audit("room.create", attempt, result).catch(() => deps.onAuditLost?.(result.requestId));
      deps.budget.recordSuccess();
      return { status: "created", requestId: result.requestId, verified: false };
    }
    await deps.audit("room.create", attempt, result);
    const error = result.error;
    lastError = error;
    if (LOCAL_REFUSAL_KINDS.has(error.kind)) return { status: "failed", error, retriesExhausted: false };
    if (error.code === ROOM_EXISTS && !mayExist) return { status: "failed", error, retriesExhausted: false };

    const verify = isAmbiguous(error) || error.code === SAME_ID_TOO_SOON || error.code === ROOM_EXISTS;
    if (verify) {
      // From here on a 100003 may be our own room: a create that timed out can still land after this check.
      mayExist = true;
      if (error.code === SAME_ID_TOO_SOON) await sleep(1000);
      if (deadline.aborted) break;
      const check = await deps.client.getRoomInfo(roomId, { signal: deadline });
      await deps.audit("room.verify", attempt, check);
      if (check.ok) {
        const mismatches = roomMismatches(check.response, body, deps.adminUserId);
        if (mismatches.length > 0) return { status: "conflict", mismatches, requestId: check.requestId };
        deps.budget.recordSuccess();
        // The verify's RequestId: the create's, if any, belongs to a refusal or a lost answer.
        return { status: "created", requestId: check.requestId, verified: true };
      }
      const absent = check.error.kind === "upstream" && check.error.code === NO_SUCH_ROOM;
      // A refusal that is not transient (a 400 page, an unknown code) is not retried, room or no room.
      if (absent && (error.kind === "http" || error.kind === "malformed") && error.retryable === "no") {
        return { status: "failed", error, retriesExhausted: false };
      }
      continue;
    }
    if (error.retryable === "no") return { status: "failed", error, retriesExhausted: false };
    // 100001, 70169 and rate codes: Tencent answered, but an internal error may still have left a room behind.
    mayExist = true;
  }
  return { status: "failed", error: lastError!, retriesExhausted: true };
}
