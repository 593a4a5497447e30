import "server-only";
import { commandPath, type TrtcCommandName } from "@/lib/trtc/commands";
import { TrtcError, type TrtcCallResult, type TrtcClient } from "../trtc";
import type { OutageEvidence, TrtcErrorInit } from "../trtc/trtc-error";
import type { CircuitBreaker } from "./circuit-breaker";
import type { RateLimiter } from "./rate-limiter";

export interface Guards {
  limiter: RateLimiter;
  breaker: CircuitBreaker<OutageEvidence>;
  /** Longest a call may queue for a rate-limit slot before the user is told "busy, try again". */
  maxQueueMs: number;
}

function refusal<T>(
  command: TrtcCommandName,
  body: unknown,
  init: Omit<TrtcErrorInit, "command"> & { kind: "busy" | "circuit-open" },
): TrtcCallResult<T> {
  const error = new TrtcError({ ...init, command });
  return {
    ok: false,
    error,
    requestId: null,
    command,
    path: commandPath(command),
    endpoint: "",
    random: 0,
    requestBody: body,
    httpStatus: null,
    latencyMs: 0,
    responseBody: null,
  };
}

const evidenceOf = (e: TrtcError): OutageEvidence => ({
  at: Date.now(),
  kind: e.kind,
  code: e.code,
  httpStatus: e.httpStatus,
  requestId: e.requestId,
});

/** "Tencent is not answering": no answer, a gateway error, or its own internal error. A refusal is an answer. */
export function isOutageSignal(error: TrtcError): boolean {
  if (error.kind === "upstream") return error.code === 100001;
  return (
    error.kind === "timeout" ||
    error.kind === "network" ||
    (error.kind === "http" && error.retryable === "yes")
  );
}

/**
 * Every TRTC call, whatever the command, passes the circuit breaker, then the shared rate limiter; the
 * outcome feeds the breaker.
 * Refusals come back as ordinary failed results (kinds "busy" / "circuit-open") and nothing is sent.
 */
export function guardClient(client: TrtcClient, guards: Guards): TrtcClient {
  async function guarded<T>(
    command: TrtcCommandName,
    body: unknown,
    send: () => Promise<TrtcCallResult<T>>,
  ): Promise<TrtcCallResult<T>> {
    const { breaker, limiter } = guards;
    const ticket = breaker.tryAcquire();
    if (!ticket) {
      const retryAfterMs = breaker.retryAfterMs;
      const detail = `next try in ${Math.ceil(retryAfterMs / 1000)} s`;
      return refusal(command, body, {
        kind: "circuit-open",
        detail,
        retryAfterMs,
        openedBy: breaker.openedBy,
      });
    }
    let admitted: boolean;
    try {
      admitted = await limiter.acquire(guards.maxQueueMs);
    } catch {
      // The shared limiter's store (Redis) is unreachable: hold the call back rather than risk the limit.
      breaker.release(ticket);
      return refusal(command, body, { kind: "busy", detail: "rate limiter unavailable" });
    }
    if (!admitted) {
      breaker.release(ticket);
      const detail = `no slot within ${guards.maxQueueMs} ms`;
      return refusal(command, body, { kind: "busy", detail, retryAfterMs: guards.maxQueueMs });
    }
    let result: TrtcCallResult<T>;
    try {
      result = await send();
    } catch (error) {
      breaker.release(ticket);
      throw error;
    }
    if (result.ok) breaker.onSuccess();
    else breaker.onFailure(ticket, isOutageSignal(result.error), evidenceOf(result.error));
    return result;
  }

  return { run: (command, body, opts) => guarded(command, body, () => client.run(command, body, opts)) };
}
