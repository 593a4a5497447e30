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
  let mayExist = opts.mayExist ?? false;
  let lastError: TrtcError | null = null;

  for (let attempt = 1; attempt <= deps.maxAttempts; attempt++) {
    if (attempt > 1) {
      if (!deps.budget.trySpend()) break;
      const pause = lastError?.retryable === "after-pause" ? 1000 : 0;
      await sleep(pause + backoffDelay(attempt - 1, deps.backoff));
    }
    const result = await deps.client.createRoom(body);
    await deps.audit("room.create", attempt, result);
    if (result.ok) {
      deps.budget.recordSuccess();
      return { status: "created", requestId: result.requestId, verified: false };
    }
    const error = result.error;
    lastError = error;
    if (LOCAL_REFUSAL_KINDS.has(error.kind)) return { status: "failed", error, retriesExhausted: false };
    if (error.code === ROOM_EXISTS && !mayExist) return { status: "failed", error, retriesExhausted: false };

    const verify = isAmbiguous(error) || error.code === SAME_ID_TOO_SOON || error.code === ROOM_EXISTS;
    if (verify) {
      if (error.code === SAME_ID_TOO_SOON) await sleep(1000);
      const check = await deps.client.getRoomInfo(roomId);
      await deps.audit("room.verify", attempt, check);
      if (check.ok) {
        const mismatches = roomMismatches(check.response, body, deps.adminUserId);
        if (mismatches.length > 0) return { status: "conflict", mismatches, requestId: check.requestId };
        deps.budget.recordSuccess();
        return { status: "created", requestId: result.requestId ?? check.requestId, verified: true };
      }
      // Absent: safe to create again with the same RoomId. Unreadable: the next create's 100003 will tell.
      mayExist = !(check.error.kind === "upstream" && check.error.code === NO_SUCH_ROOM);
      continue;
    }
    if (error.retryable === "no") return { status: "failed", error, retriesExhausted: false };
    // 100001 and rate codes: Tencent answered, but an internal error may still have left a room behind.
    mayExist = mayExist || error.code === 100001;
  }
  return { status: "failed", error: lastError!, retriesExhausted: true };
}
