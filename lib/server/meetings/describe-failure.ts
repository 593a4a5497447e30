import "server-only";
import type { ActionFailure } from "@/lib/actions/result";
import type { TrtcError } from "../trtc";
import { formPathForErrorInfo } from "./wire-field-paths";

const KIND_MESSAGES: Record<string, string> = {
  timeout: "Tencent did not answer in time.",
  network: "The connection to Tencent failed before an answer arrived.",
  http: "Tencent's gateway returned an error page instead of an answer.",
  malformed: "Tencent's answer could not be read.",
  aborted: "The request was cancelled.",
};

/** A failed TRTC call in plain words, with the code and the RequestId to quote; never the raw upstream text. */
export function describeFailure(error: TrtcError): ActionFailure {
  const requestId = error.requestId;
  if (error.kind !== "upstream" || error.code === null) {
    const status = error.httpStatus ? ` HTTP ${error.httpStatus}.` : "";
    return {
      ok: false,
      error: {
        code: `trtc:${error.kind}`,
        message: `${KIND_MESSAGES[error.kind] ?? "The call to Tencent failed."}${status} Nothing is confirmed; try again.${requestId ? ` (RequestId ${requestId})` : ""}`,
        requestId,
      },
    };
  }
  const meaning = error.code === 100003 ? "This Room ID is already in use." : error.catalog?.meaning;
  const plain = `${meaning ?? "Tencent refused the request."} ${error.catalog?.action ?? ""}`.trim();
  const failure: ActionFailure = {
    ok: false,
    error: {
      code: `trtc:${error.code}`,
      message: `${plain} (error ${error.code}${requestId ? `, RequestId ${requestId}` : ""})`,
      requestId,
    },
  };
  const field =
    error.code === 100003 ? "roomId" : error.code === 100002 ? formPathForErrorInfo(error.errorInfo) : null;
  if (field) {
    const fieldMessage =
      error.code === 100003
        ? "Already in use: choose another Room ID."
        : `Tencent: ${error.errorInfo ?? plain}`;
    failure.fieldErrors = { [field]: [fieldMessage] };
  }
  return failure;
}
