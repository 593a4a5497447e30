import "server-only";
import { getApp } from "../app";
import { resolveClientAddress } from "../auth/client-ip";
import { readAtMost } from "../http/action-body";
import { networkList } from "../network-list";
import { CALLBACK_MAX_BODY_BYTES, receiveCallback, type CallbackReceiverDeps } from "./receive";
import { CALLBACK_REFUSALS, REFUSAL_INFO } from "./refusals";

const OK = { ActionStatus: "OK", ErrorInfo: "", ErrorCode: 0 } as const;

/** Reads at most `limit` bytes; null when the body is longer (the rest is never buffered). */
export async function readBodyUpTo(request: Request, limit: number): Promise<string | null> {
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (declared > limit) return null;
  if (!request.body) return "";
  const bytes = await readAtMost(request.body, limit);
  return bytes === null ? null : Buffer.from(bytes).toString("utf8");
}

let receiverDeps: Promise<CallbackReceiverDeps> | null = null;

function deps() {
  receiverDeps ??= getApp().then(
    (app) => ({
      db: app.db,
      sdkAppId: app.config.trtc.sdkAppId,
      token: app.config.callbacks.token,
      allowed: networkList(app.config.callbacks.allowedNetworks),
      now: app.now,
    }),
    (e: unknown) => {
      // A start that failed (the database was down) is tried again by the next callback, not cached.
      receiverDeps = null;
      throw e;
    },
  );
  return receiverDeps;
}

/**
 * The HTTP side of the receiver: the envelope Tencent expects (§6.4) as soon as the event is stored (or
 * recognised as a redelivery), a 4xx with a FAIL envelope when refused.
 */
export async function receiveFromRequest(request: Request): Promise<Response> {
  const d = await deps();
  const app = await getApp();
  const outcome = await receiveCallback(d, {
    query: new URL(request.url).searchParams,
    body: await readBodyUpTo(request, CALLBACK_MAX_BODY_BYTES),
    clientIp: resolveClientAddress(request.headers, app.config.auth.trustedIpHeader),
  });
  const headers = { "cache-control": "no-store" };
  if (outcome.kind !== "refused") return Response.json(OK, { headers });
  const status = CALLBACK_REFUSALS[outcome.reason];
  return Response.json(
    { ActionStatus: "FAIL", ErrorInfo: REFUSAL_INFO[outcome.reason], ErrorCode: status },
    { status, headers },
  );
}
