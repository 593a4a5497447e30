import "server-only";
export type { OutageEvidence, TrtcErrorKind } from "@/lib/trtc/failure";
import type { TrtcCommandName } from "@/lib/trtc/commands";
import { describeTrtcError, type TrtcErrorDescription, type TrtcRetryable } from "@/lib/trtc/error-catalog";
import type { OutageEvidence, TrtcErrorKind, UpstreamFailure } from "@/lib/trtc/failure";
import { translator } from "@/lib/i18n/catalogs";
import { trtcCodeWords } from "@/lib/i18n/describe-trtc-code";
import { redactString } from "../redact";

/** The error's message is for logs and developers, so it is English; the UI words failures itself. */
const english = translator("en");

/** Kinds decided inside Roomdesk: no request left the process. */
export const LOCAL_REFUSAL_KINDS: ReadonlySet<TrtcErrorKind> = new Set(["busy", "circuit-open"]);

export interface TrtcErrorInit {
  kind: TrtcErrorKind;
  command: TrtcCommandName;
  code?: number | null;
  errorInfo?: string | null;
  requestId?: string | null;
  httpStatus?: number | null;
  /** Short, already-safe detail: a timeout length, a socket error code, zod issue paths. */
  detail?: string;
  /** busy / circuit-open: when the next call may go out. */
  retryAfterMs?: number;
  /** circuit-open: the failures that opened the breaker, newest last, so support can look them up. */
  openedBy?: readonly OutageEvidence[];
}

// 429 is a rate limit, so it waits like Tencent's own rate codes; the others are transient by nature.
const HTTP_RETRYABLE: Record<number, TrtcRetryable> = {
  502: "yes",
  503: "yes",
  504: "yes",
  429: "after-pause",
};

/**
 * A failed TRTC call. Carries no `cause`: Node's fetch errors embed the request URL, and with it the admin
 * UserSig, so only sanitized facts are copied in. Upstream text goes through the URL redactor as well.
 */
export class TrtcError extends Error {
  readonly kind: TrtcErrorKind;
  readonly command: TrtcCommandName;
  readonly code: number | null;
  readonly errorInfo: string | null;
  readonly requestId: string | null;
  readonly httpStatus: number | null;
  readonly retryable: TrtcRetryable;
  /** The catalog entry for `code`, or null when Tencent gave no code. */
  readonly catalog: TrtcErrorDescription | null;
  readonly retryAfterMs: number | null;
  readonly openedBy: readonly OutageEvidence[];

  constructor(init: TrtcErrorInit) {
    const code = init.code ?? null;
    const catalog = code === null ? null : describeTrtcError(code);
    const errorInfo = init.errorInfo ? sanitizeText(init.errorInfo) : null;
    super(buildMessage({ ...init, code, errorInfo }, catalog));
    this.name = "TrtcError";
    this.kind = init.kind;
    this.command = init.command;
    this.code = code;
    this.errorInfo = errorInfo;
    this.requestId = init.requestId ?? null;
    this.httpStatus = init.httpStatus ?? null;
    this.catalog = catalog;
    this.retryable = retryableFor(init.kind, catalog, this.httpStatus);
    this.retryAfterMs = init.retryAfterMs ?? null;
    this.openedBy = init.openedBy ?? [];
  }

  /** The facts of this failure, for outcomes and the browser: no stack, no words. */
  toFailure(): UpstreamFailure {
    const { kind, command, code, errorInfo, requestId, httpStatus, retryable, retryAfterMs, openedBy } = this;
    return { kind, command, code, errorInfo, requestId, httpStatus, retryable, retryAfterMs, openedBy };
  }

  /** What an audit row or a log line gets; the stack stays out. */
  toJSON() {
    const { name, kind, command, message, code, errorInfo, requestId, httpStatus, retryable } = this;
    return { name, kind, command, message, code, errorInfo, requestId, httpStatus, retryable };
  }
}

function retryableFor(
  kind: TrtcErrorKind,
  catalog: TrtcErrorDescription | null,
  status: number | null,
): TrtcRetryable {
  switch (kind) {
    case "upstream":
      return catalog?.retryable ?? "no";
    case "timeout":
    case "network":
      return "yes";
    case "http":
      return (status !== null && HTTP_RETRYABLE[status]) || "no";
    default:
      return "no";
  }
}

/** Upstream text is untrusted: strip control characters (log injection), URLs' sigs, and cap the length. */
export function sanitizeText(text: string, max = 500): string {
  const flat = redactString(text).replace(/[\u0000-\u001f\u007f]+/g, " ");
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

function buildMessage(
  init: TrtcErrorInit & { code: number | null; errorInfo: string | null },
  catalog: TrtcErrorDescription | null,
): string {
  const what = init.command;
  const detail = init.detail ? ` (${init.detail})` : "";
  const mayHaveHappened = "Tencent may or may not have carried it out.";
  let text: string;
  switch (init.kind) {
    case "upstream":
      text =
        `Tencent refused ${what} with error ${init.code}: ${catalog ? trtcCodeWords(english, catalog.code).meaning : "unknown error"}` +
        (init.errorInfo ? ` Tencent says: "${init.errorInfo}".` : "");
      break;
    case "timeout":
      text = `${what} got no answer in time${detail}. ${mayHaveHappened}`;
      break;
    case "network":
      text = `${what} failed on the network${detail}. ${mayHaveHappened}`;
      break;
    case "http":
      text = `${what} got HTTP status ${init.httpStatus} instead of a Tencent answer. ${mayHaveHappened}`;
      break;
    case "malformed":
      text = `${what} got an answer that is not a valid Tencent response${detail}.`;
      break;
    case "aborted":
      text = `${what} was cancelled before an answer arrived. ${mayHaveHappened}`;
      break;
    case "busy":
      text = `${what} was not sent: Roomdesk is at Tencent's rate limit right now${detail}. Nothing reached Tencent; try again in a moment.`;
      break;
    case "circuit-open":
      text = `${what} was not sent: Tencent is not answering, so calls are paused${detail}. Nothing reached Tencent.`;
      break;
  }
  return `${text} [code ${init.code ?? "none"}, RequestId ${init.requestId ?? "none"}]`;
}
