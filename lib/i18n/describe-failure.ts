import type { OutageEvidence, Tries, UpstreamFailure } from "@/lib/trtc/failure";
import { formPathOfWire } from "@/lib/trtc/room-fields";
import { trtcCodeWords } from "./describe-trtc-code";
import type { Translate } from "./translate";

/** A failed TRTC call in words, from its facts: used by the actions and by the pages alike. */

const clock = (ms: number) => new Date(ms).toISOString().slice(11, 19);

function evidence(t: Translate, e: OutageEvidence): string {
  const what =
    e.kind === "upstream"
      ? t("trtc.evidenceCode", { code: e.code ?? 0 })
      : e.kind === "http"
        ? t("trtc.evidenceHttp", { status: e.httpStatus ?? 0 })
        : e.kind;
  const at = clock(e.at);
  return e.requestId
    ? t("trtc.evidenceWithRequestId", { what, at, requestId: e.requestId })
    : t("trtc.evidence", { what, at });
}

function paused(t: Translate, f: UpstreamFailure, now: number): string {
  const waitMs = f.retryAfterMs ?? 0;
  const head = t("trtc.paused", { seconds: Math.ceil(waitMs / 1000), until: clock(now + waitMs) });
  const failures = f.openedBy.map((e) => evidence(t, e)).join("; ");
  return failures ? `${head} ${t("trtc.pausedBy", { failures })}` : head;
}

/** What happened, with Tencent's ErrorInfo beside the catalog's meaning and the code and RequestId to quote. */
export function failureSentence(t: Translate, f: UpstreamFailure, now = Date.now()): string {
  const requestId = f.requestId;
  switch (f.kind) {
    case "busy":
      return t("trtc.busy");
    case "circuit-open":
      return paused(t, f, now);
    case "upstream": {
      const entry = f.code === null ? null : trtcCodeWords(t, f.code);
      const meaning = f.code === 100003 ? t("trtc.roomIdInUse") : (entry?.meaning ?? t("trtc.refused"));
      const says = f.errorInfo ? ` ${t("trtc.says", { info: f.errorInfo })}` : "";
      const plain = `${meaning}${says} ${entry?.action ?? ""}`.trim();
      const quote = requestId
        ? t("trtc.codeAndRequestId", { code: f.code ?? 0, requestId })
        : t("trtc.code", { code: f.code ?? 0 });
      return `${plain} ${quote}`;
    }
    case "http": {
      const head = t("trtc.gateway", { status: f.httpStatus ?? 0, code: f.code ? String(f.code) : "none" });
      return requestId ? `${head} ${t("trtc.requestId", { requestId })}` : head;
    }
    default: {
      const head = NO_ANSWER[f.kind] ? t(NO_ANSWER[f.kind]!) : t("trtc.failed");
      return requestId ? `${head} ${t("trtc.requestId", { requestId })}` : head;
    }
  }
}

const NO_ANSWER: Partial<Record<UpstreamFailure["kind"], Parameters<Translate>[0]>> = {
  timeout: "trtc.timeout",
  network: "trtc.network",
  malformed: "trtc.malformed",
  aborted: "trtc.aborted",
};

/** What Roomdesk did about retrying, said plainly: "Tried 3 times", "Not retried: …". */
export function describeTries(t: Translate, f: UpstreamFailure | null, tries: Tries): string {
  const { attempts } = tries;
  switch (tries.stoppedBy) {
    case "budget":
      return t("trtc.triesBudget", { attempts });
    case "deadline":
      return t("trtc.triesDeadline", { attempts });
    case "max-attempts":
      return t("trtc.triesDone", { attempts });
    default:
      if (attempts === 0) return "";
      return f?.retryable === "no" ? t("trtc.notRetried") : t("trtc.triesDone", { attempts });
  }
}

export function failureMessage(t: Translate, f: UpstreamFailure, tries: Tries, now?: number): string {
  return [failureSentence(t, f, now), describeTries(t, f, tries)].filter(Boolean).join(" ");
}

/** The form field a failure belongs on, with its own short message: a taken Room ID, a 100002 field. */
export function failureField(t: Translate, f: UpstreamFailure, message: string): [string, string] | null {
  if (f.code === 100003) return ["roomId", t("schedule.roomIdTaken")];
  if (f.code === 100010) return ["roomId", t("schedule.roomIdOwned")];
  if (f.code !== 100002 || !f.errorInfo) return null;
  // Tencent's ErrorInfo names the offending wire field, e.g. "RoomInfo.RoomId: …".
  for (const name of f.errorInfo.match(/[A-Za-z_]+/g) ?? []) {
    const path = formPathOfWire(name);
    if (path) return [path, t("trtc.fieldSays", { info: f.errorInfo ?? message })];
  }
  return null;
}

/** The machine code an action result carries: `trtc:<ErrorCode>` or `trtc:<kind>`. */
export const failureCode = (f: UpstreamFailure) =>
  f.kind === "upstream" && f.code !== null ? `trtc:${f.code}` : `trtc:${f.kind}`;
