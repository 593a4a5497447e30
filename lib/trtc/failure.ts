import type { TrtcCommandName } from "./commands";
import type { TrtcRetryable } from "./error-catalog";

/**
 * - upstream: Tencent answered with ErrorCode ≠ 0.
 * - timeout: no complete answer within the per-attempt timeout (or the caller's deadline).
 * - network: the connection failed or dropped; the request may still have been carried out.
 * - http: a status other than 200, e.g. a 502 HTML page from a proxy.
 * - malformed: a 200 whose body is not a valid envelope or payload.
 * - aborted: the caller's signal fired for a reason other than a timeout.
 * - busy: Roomdesk's own rate limiter could not fit the call in time; nothing was sent.
 * - circuit-open: Tencent has been failing, so calls are held back for a while; nothing was sent.
 */
export type TrtcErrorKind =
  "upstream" | "timeout" | "network" | "http" | "malformed" | "aborted" | "busy" | "circuit-open";

/** One "Tencent is not answering" failure, as kept by the circuit breaker. */
export interface OutageEvidence {
  at: number;
  kind: TrtcErrorKind;
  code: number | null;
  httpStatus: number | null;
  requestId: string | null;
}

/** A failed TRTC call as facts (no words), safe to hand to the browser: ErrorInfo is already redacted. */
export interface UpstreamFailure {
  kind: TrtcErrorKind;
  command: TrtcCommandName;
  code: number | null;
  errorInfo: string | null;
  requestId: string | null;
  httpStatus: number | null;
  retryable: TrtcRetryable;
  retryAfterMs: number | null;
  openedBy: readonly OutageEvidence[];
}

/** Why Roomdesk stopped trying while trying again could still have helped. */
export type RetryStop = "max-attempts" | "budget" | "deadline";

/** What was done about retrying: create_room requests actually sent, and why it stopped. */
export interface Tries {
  attempts: number;
  stoppedBy: RetryStop | null;
}
