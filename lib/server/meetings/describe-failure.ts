import "server-only";
import type { ActionFailure } from "@/lib/actions/result";
import type { TrtcError } from "../trtc";
import type { OutageEvidence } from "../trtc/trtc-error";
import type { RetryStop } from "./create-room-reliably";
import { formPathForErrorInfo } from "./wire-field-paths";

const NO_ANSWER: Record<string, string> = {
  timeout: "Tencent did not answer in time.",
  network: "The connection to Tencent failed before an answer arrived.",
  malformed: "Tencent's answer could not be read.",
  aborted: "The request was cancelled before Tencent answered.",
};

/** What Roomdesk did about retrying, said plainly: "tried 3 times", "not retried: …". */
export interface Tries {
  attempts: number;
  stoppedBy: RetryStop | null;
}

export function describeTries(error: TrtcError | null, tries: Tries): string {
  const times = tries.attempts === 1 ? "once" : `${tries.attempts} times`;
  switch (tries.stoppedBy) {
    case "budget":
      return `Not retried: too many retries in the last minute (tried ${times}).`;
    case "deadline":
      return `Stopped after trying ${times}: Roomdesk waits at most 25 seconds for Tencent.`;
    case "max-attempts":
      return `Tried ${times}.`;
    default:
      if (tries.attempts === 0) return "";
      return error?.retryable === "no"
        ? "Not retried: trying again would get the same answer."
        : `Tried ${times}.`;
  }
}

const clock = (ms: number) => new Date(ms).toISOString().slice(11, 19);

function pausedUntil(error: TrtcError): string {
  const seconds = Math.ceil((error.retryAfterMs ?? 0) / 1000);
  const failures = error.openedBy.map(describeEvidence).join("; ");
  return (
    `Not sent: Tencent stopped answering, so Roomdesk pauses calls for ${seconds} s more ` +
    `(until ${clock(Date.now() + (error.retryAfterMs ?? 0))} UTC). Nothing was sent to Tencent.` +
    (failures ? ` The failures that started the pause: ${failures}.` : "")
  );
}

function describeEvidence(e: OutageEvidence): string {
  const what =
    e.kind === "upstream" ? `error ${e.code}` : e.kind === "http" ? `HTTP ${e.httpStatus}` : e.kind;
  return `${what} at ${clock(e.at)} UTC${e.requestId ? ` (RequestId ${e.requestId})` : ""}`;
}

/** The sentence for a failed call, without the retry summary; never the raw upstream text unredacted. */
export function failureSentence(error: TrtcError): string {
  const requestId = error.requestId;
  switch (error.kind) {
    case "busy":
      return "Not sent: Roomdesk is at Tencent's rate limit right now. Nothing was sent to Tencent; try again in a moment.";
    case "circuit-open":
      return pausedUntil(error);
    case "upstream": {
      const meaning = error.code === 100003 ? "This Room ID is already in use." : error.catalog?.meaning;
      const says = error.errorInfo ? ` Tencent says: "${error.errorInfo}".` : "";
      const plain =
        `${meaning ?? "Tencent refused the request."}${says} ${error.catalog?.action ?? ""}`.trim();
      return `${plain} (error ${error.code}${requestId ? `, RequestId ${requestId}` : ""})`;
    }
    case "http": {
      const code = error.code ? `, error ${error.code}` : "";
      return `Tencent's gateway answered HTTP ${error.httpStatus} instead of Tencent${code}.${requestId ? ` (RequestId ${requestId})` : ""}`;
    }
    default:
      return `${NO_ANSWER[error.kind] ?? "The call to Tencent failed."}${requestId ? ` (RequestId ${requestId})` : ""}`;
  }
}

/**
 * A failed TRTC call in plain words: what happened (Tencent's ErrorInfo beside the catalog's meaning, or
 * that nothing was sent), what was done about retrying, and the code and RequestId to quote.
 */
export function describeFailure(
  error: TrtcError,
  tries: Tries = { attempts: 1, stoppedBy: null },
): ActionFailure {
  const code = error.kind === "upstream" && error.code !== null ? `trtc:${error.code}` : `trtc:${error.kind}`;
  const message = [failureSentence(error), describeTries(error, tries)].filter(Boolean).join(" ");
  const failure: ActionFailure = { ok: false, error: { code, message, requestId: error.requestId } };
  const field =
    error.code === 100003 || error.code === 100010
      ? "roomId"
      : error.code === 100002
        ? formPathForErrorInfo(error.errorInfo)
        : null;
  if (field) {
    const fieldMessage =
      error.code === 100003
        ? "Already in use: choose another Room ID."
        : error.code === 100010
          ? "Already used by a room the admin account owns: open or import it, or choose another Room ID."
          : `Tencent: ${error.errorInfo ?? message}`;
    failure.fieldErrors = { [field]: [fieldMessage] };
  }
  return failure;
}
