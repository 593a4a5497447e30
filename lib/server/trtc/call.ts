import "server-only";
import { randomInt } from "node:crypto";
import { commandPath, TRTC_COMMANDS, type TrtcCommandName, type TrtcResponse } from "@/lib/trtc/commands";
import { describeIssues, envelopeSchema } from "./envelope";
import { redactString } from "../redact";
import { sanitizeText, TrtcError, type TrtcErrorInit } from "./trtc-error";
import type { TrtcCallFacts, TrtcCallOptions, TrtcCallResult } from "./types";
import type { UserSigCache } from "./usersig-cache";

export interface CallContext {
  baseUrl: string;
  sdkAppId: number;
  adminUserId: string;
  defaultTimeoutMs: number;
  sigs: UserSigCache;
  deadline: (timeoutMs: number) => AbortSignal;
  monotonicNow: () => number;
}

// Tencent's answer to these is "sign again"; dropping the cached sig lets the next attempt do so.
const STALE_SIG_CODES = new Set([70001, 70052]);
const RESPONSE_EXCERPT_CHARS = 2000;

/**
 * One attempt: sign, POST, classify, and read `Response` with the command's schema from the registry.
 * Resolves for every upstream outcome; retrying is the caller's call.
 */
export async function performCall<C extends TrtcCommandName>(
  ctx: CallContext,
  command: C,
  body: unknown,
  opts: TrtcCallOptions,
): Promise<TrtcCallResult<TrtcResponse<C>>> {
  type T = TrtcResponse<C>;
  const serialized = JSON.stringify(body ?? {});
  const random = opts.random ?? randomInt(0x1_0000_0000); // uint32: 0 … 4294967295 (docs/trtc-api.md §1.1)
  const url = buildUrl(ctx, command, random);
  const timeoutMs = opts.timeoutMs ?? ctx.defaultTimeoutMs;
  const timeout = ctx.deadline(timeoutMs);
  const signal = opts.signal ? AbortSignal.any([opts.signal, timeout]) : timeout;
  const started = ctx.monotonicNow();
  const facts = (httpStatus: number | null, responseBody: unknown): TrtcCallFacts => ({
    command,
    path: commandPath(command),
    endpoint: redactString(url),
    random,
    requestBody: JSON.parse(serialized) as unknown,
    httpStatus,
    latencyMs: Math.round(ctx.monotonicNow() - started),
    responseBody,
  });
  const fail = (f: TrtcCallFacts, init: Omit<TrtcErrorInit, "command">): TrtcCallResult<T> => {
    const error = new TrtcError({ ...init, command, httpStatus: f.httpStatus });
    return { ...f, ok: false, requestId: error.requestId, error };
  };

  let httpStatus: number | null = null;
  let text: string;
  try {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: serialized,
      signal,
    });
    httpStatus = res.status;
    // Redacted before anything reads it: an upstream or proxy page may echo the request URL back.
    text = redactString(await res.text());
  } catch (err) {
    // The raw error is dropped here on purpose: its message and cause can carry the URL with the UserSig.
    return fail(facts(httpStatus, null), classifyThrown(err, signal, timeoutMs));
  }

  const json = parseJson(text);
  const f = facts(httpStatus, json.ok ? json.value : excerpt(text));
  const envelope = json.ok ? envelopeSchema.safeParse(json.value) : null;
  const env = envelope?.success ? envelope.data : null;
  const requestId = env?.RequestId ?? null;

  if (httpStatus !== 200) {
    return fail(f, { kind: "http", code: env?.ErrorCode || null, errorInfo: env?.ErrorInfo, requestId });
  }
  if (!env) {
    const detail = envelope && !envelope.success ? describeIssues(envelope.error) : "not JSON";
    return fail(f, { kind: "malformed", detail });
  }
  if (env.ErrorCode !== 0) {
    if (STALE_SIG_CODES.has(env.ErrorCode)) ctx.sigs.invalidate();
    return fail(f, { kind: "upstream", code: env.ErrorCode, errorInfo: env.ErrorInfo, requestId });
  }
  if (env.ActionStatus !== "OK" || !requestId) {
    const detail = env.ActionStatus !== "OK" ? "ErrorCode 0 but ActionStatus is not OK" : "no RequestId";
    return fail(f, { kind: "malformed", detail, requestId });
  }
  const payload = TRTC_COMMANDS[command].response.safeParse(env.Response);
  if (!payload.success)
    return fail(f, { kind: "malformed", detail: `Response: ${describeIssues(payload.error)}`, requestId });
  return { ...f, ok: true, requestId, response: payload.data as T };
}

function buildUrl(ctx: CallContext, command: TrtcCommandName, random: number): string {
  const query = new URLSearchParams({
    sdkappid: String(ctx.sdkAppId),
    identifier: ctx.adminUserId,
    usersig: ctx.sigs.current(),
    random: String(random),
    contenttype: "json",
  });
  return `${ctx.baseUrl}/v4/${commandPath(command)}?${query}`;
}

/** Classified by the signal's abort reason and the error's type, never by message text. */
function classifyThrown(
  err: unknown,
  signal: AbortSignal,
  timeoutMs: number,
): Omit<TrtcErrorInit, "command"> {
  if (signal.aborted) {
    const reason: unknown = signal.reason;
    const isTimeout = reason instanceof Error && reason.name === "TimeoutError";
    return isTimeout ? { kind: "timeout", detail: `limit ${timeoutMs} ms` } : { kind: "aborted" };
  }
  const code = socketErrorCode(err);
  return { kind: "network", detail: code ?? undefined };
}

/** The errno-style code (ECONNRESET, UND_ERR_SOCKET…) from fetch's cause chain: a safe, useful detail. */
function socketErrorCode(err: unknown): string | null {
  let current: unknown = err;
  for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
    const code: unknown = (current as Error & { code?: unknown }).code;
    if (typeof code === "string" && /^[A-Z][A-Z0-9_]{1,40}$/.test(code)) return code;
    current = current.cause;
  }
  return null;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

function excerpt(text: string): string | null {
  return text ? sanitizeText(text, RESPONSE_EXCERPT_CHARS) : null;
}
