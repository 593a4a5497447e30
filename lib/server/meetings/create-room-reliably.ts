import "server-only";
import type { CreateRoomBody } from "@/lib/trtc/wire";
import type { AttemptClient } from "../audit/audited-trtc";
import { AuditUnavailableError } from "../audit/trtc-attempt";
import { backoffDelay, type BackoffPolicy } from "../reliability/backoff";
import type { RetryBudget } from "../reliability/retry-budget";
import { LOCAL_REFUSAL_KINDS } from "../trtc/trtc-error";
import type { TrtcError } from "../trtc";
import { roomMismatches } from "./room-matches";

export interface ReliableCreateDeps {
  /** The room commands, each attempt audited before it is sent. */
  trtc: AttemptClient;
  budget: RetryBudget;
  maxAttempts: number;
  backoff: BackoffPolicy;
  adminUserId: string;
  sleep?: (ms: number) => Promise<void>;
  /** Budget for all attempts and checks together; default 25 s. */
  deadlineMs?: number;
}

/** Why Roomdesk stopped trying while trying again could still have helped. */
export type RetryStop = "max-attempts" | "budget" | "deadline";

interface Tally {
  /** create_room requests actually sent. */
  attempts: number;
  stoppedBy: RetryStop | null;
}

/**
 * - created: the room exists and is ours (`verified` when get_room_info confirmed it after a lost answer).
 * - conflict: a room with this RoomId exists with other values or another owner; nothing was overwritten.
 * - failed: Roomdesk knows no room was made (a definite refusal, or get_room_info says it is absent).
 * - unknown: Tencent did not confirm either way; the intent is left for the reconciler to settle.
 */
export type CreateOutcome =
  | ({ status: "created"; requestId: string; verified: boolean } & Tally)
  | ({ status: "conflict"; mismatches: string[]; requestId: string } & Tally)
  | ({ status: "failed"; error: TrtcError | null; reason?: "start-passed" | "audit-unavailable" } & Tally)
  | ({ status: "unknown"; error: TrtcError | null; reason?: "audit-unavailable" } & Tally);

/** No answer we can trust: Tencent may have created the room. */
const isAmbiguous = (e: TrtcError) => ["timeout", "network", "http", "malformed", "aborted"].includes(e.kind);
// Tencent refuses a second create of the same RoomId within a second; the room may be ours, so look after it.
const SAME_ID_TOO_SOON = 100012;
/** The RoomId is taken: by a room the calling admin owns (100010) or by someone else's (100003). */
const TAKEN_CODES = new Set([100003, 100010]);
const NO_SUCH_ROOM = 100004;

type Verdict =
  | { kind: "ours"; requestId: string }
  | { kind: "other"; requestId: string; mismatches: string[] }
  | { kind: "absent" }
  | { kind: "unreachable"; error: TrtcError };

/**
 * Creates a room at most once per intent: retries only what is retryable, and after any answer that leaves
 * the outcome open asks get_room_info before creating again. A room that exists with other values is a
 * conflict and is never overwritten. "failed" is said only when Roomdesk knows there is no room.
 */
export async function createRoomReliably(
  deps: ReliableCreateDeps,
  body: CreateRoomBody,
  opts: {
    /** An earlier attempt for this RoomId ended without a definite answer: verify before creating. */
    mayExist?: boolean;
    /** False once the meeting's start has passed: an absent room is then reported, not created. */
    mayCreate?: boolean;
  } = {},
): Promise<CreateOutcome> {
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const roomId = body.RoomInfo.RoomId;
  const mayCreate = opts.mayCreate ?? true;
  // One deadline over all attempts, below the 30 s a resubmission waits for an intent in progress.
  const deadline = AbortSignal.timeout(deps.deadlineMs ?? 25_000);
  const tally: Tally = { attempts: 0, stoppedBy: null };
  let mayExist = opts.mayExist ?? false;
  let lastError: TrtcError | null = null;
  // A check said "absent" after the last create that could have made the room.
  let knownAbsent = false;

  const failed = (error: TrtcError | null, reason?: "start-passed" | "audit-unavailable"): CreateOutcome => ({
    status: "failed",
    error,
    ...(reason ? { reason } : {}),
    ...tally,
  });
  const unknown = (error: TrtcError | null, reason?: "audit-unavailable"): CreateOutcome => ({
    status: "unknown",
    error,
    ...(reason ? { reason } : {}),
    ...tally,
  });

  async function verify(): Promise<Verdict> {
    const check = await deps.trtc.run(
      "get_room_info",
      { RoomId: roomId },
      // This flow is its own retry loop: each check is one attempt.
      { action: "room.verify", attempt: tally.attempts, signal: deadline, retry: false },
    );
    if (check.ok) {
      const mismatches = roomMismatches(check.response.RoomInfo, body, deps.adminUserId);
      return mismatches.length > 0
        ? { kind: "other", requestId: check.requestId, mismatches }
        : { kind: "ours", requestId: check.requestId };
    }
    if (check.error.kind === "upstream" && check.error.code === NO_SUCH_ROOM) return { kind: "absent" };
    return { kind: "unreachable", error: check.error };
  }

  function settled(v: Verdict): CreateOutcome | null {
    if (v.kind === "ours") {
      deps.budget.recordSuccess();
      // The verify's RequestId: the create's, if any, belongs to a refusal or a lost answer.
      return { status: "created", requestId: v.requestId, verified: true, ...tally };
    }
    if (v.kind === "other")
      return { status: "conflict", mismatches: v.mismatches, requestId: v.requestId, ...tally };
    return null;
  }

  try {
    if (mayExist) {
      const v = await verify();
      const done = settled(v);
      if (done) return done;
      if (v.kind === "unreachable") return unknown(v.error);
      knownAbsent = true;
      if (!mayCreate) return failed(null, "start-passed");
    }

    for (let attempt = 1; attempt <= deps.maxAttempts; attempt++) {
      if (attempt > 1) {
        if (!deps.budget.trySpend()) {
          tally.stoppedBy = "budget";
          break;
        }
        const pause = lastError?.retryable === "after-pause" ? 1000 : 0;
        await sleep(pause + backoffDelay(attempt - 1, deps.backoff));
      }
      if (deadline.aborted) {
        tally.stoppedBy = "deadline";
        break;
      }
      const result = await deps.trtc.run("create_room", body, {
        action: "room.create",
        attempt,
        signal: deadline,
        retry: false,
      });
      if (!result.ok && LOCAL_REFUSAL_KINDS.has(result.error.kind)) {
        // Held back by Roomdesk's own limiter or breaker: this one was never sent.
        lastError = result.error;
        break;
      }
      tally.attempts = attempt;
      knownAbsent = false;
      if (result.ok) {
        deps.budget.recordSuccess();
        return { status: "created", requestId: result.requestId, verified: false, ...tally };
      }
      const error = result.error;
      lastError = error;
      const taken = error.code !== null && TAKEN_CODES.has(error.code);
      // A clean first answer "taken" is about a room Roomdesk did not make for this intent.
      if (taken && !mayExist) return failed(error);

      if (taken || isAmbiguous(error) || error.code === SAME_ID_TOO_SOON) {
        // From here on a taken RoomId may be our own room: a create that timed out can still land.
        mayExist = true;
        if (error.code === SAME_ID_TOO_SOON) await sleep(1000);
        if (deadline.aborted) {
          tally.stoppedBy = "deadline";
          break;
        }
        const v = await verify();
        const done = settled(v);
        if (done) return done;
        if (v.kind === "absent") {
          knownAbsent = true;
          if (!mayCreate) return failed(error, "start-passed");
          // A refusal that is not transient (a 400 page, an unknown code) is not retried, room or no room.
          if ((error.kind === "http" || error.kind === "malformed") && error.retryable === "no")
            return failed(error);
        }
        continue;
      }
      if (error.retryable === "no") return failed(error);
      // 100001, 70169 and rate codes: Tencent answered, but an internal error may still have left a room behind.
      mayExist = true;
    }
    if (tally.stoppedBy === null && tally.attempts === deps.maxAttempts) tally.stoppedBy = "max-attempts";

    if (!mayExist || knownAbsent) return failed(lastError);
    if (deadline.aborted) return unknown(lastError);
    const v = await verify();
    const done = settled(v);
    if (done) return done;
    return v.kind === "absent" ? failed(lastError) : unknown(lastError);
  } catch (error) {
    // The audit trail refused a row: that call was not sent (fail closed), and nothing after it.
    if (!(error instanceof AuditUnavailableError)) throw error;
    return tally.attempts > 0 || mayExist
      ? unknown(lastError, "audit-unavailable")
      : failed(null, "audit-unavailable");
  }
}
