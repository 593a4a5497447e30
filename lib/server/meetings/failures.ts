import "server-only";
import type { ActionFailure } from "@/lib/actions/result";

/** A refusal decided here, before or without Tencent: no RequestId to quote. */
export function failure(code: string, message: string): ActionFailure {
  return { ok: false, error: { code, message, requestId: null } };
}
