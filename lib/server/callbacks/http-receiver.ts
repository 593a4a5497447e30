import "server-only";
import { getApp } from "../app";
import { resolveClientAddress } from "../auth/client-ip";
import { readAtMost } from "../http/action-body";
import { networkList } from "../network-list";
import {
  CALLBACK_MAX_BODY_BYTES,
  receiveCallback,
  type CallbackReceiverDeps,
  type ReceiveOutcome,
} from "./receive";
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

/** What the receiver needs from the app, and how the HTTP side reads the sender's address. */
export interface HttpReceiverDeps extends CallbackReceiverDeps {
  /** TRUSTED_IP_HEADER: the header a trusted proxy puts the client's address in. */
  trustedIpHeader: string | null;
  /** Whether answers carry Strict-Transport-Security (the app is served over https). */
  https: boolean;
}

let receiverDeps: Promise<HttpReceiverDeps> | null = null;

/** Built once per process from the app; a start that failed is tried again by the next callback. */
export function httpReceiverDeps(): Promise<HttpReceiverDeps> {
  receiverDeps ??= getApp().then(
    (app) => ({
      db: app.db,
      sdkAppId: app.config.trtc.sdkAppId,
      token: app.config.callbacks.token,
      allowed: networkList(app.config.callbacks.allowedNetworks),
      now: app.now,
      trustedIpHeader: app.config.auth.trustedIpHeader,
      https: app.config.auth.secureCookies,
    }),
    (e: unknown) => {
      // The database was down: not cached, so the receiver starts once it is back.
      receiverDeps = null;
      throw e;
    },
  );
  return receiverDeps;
}

/** The envelope Tencent expects (§6.4) for an event stored or recognised as a redelivery; a 4xx FAIL otherwise. */
export function callbackAnswer(outcome: ReceiveOutcome): { status: number; body: object } {
  if (outcome.kind !== "refused") return { status: 200, body: OK };
  const status = CALLBACK_REFUSALS[outcome.reason];
  return {
    status,
    body: { ActionStatus: "FAIL", ErrorInfo: REFUSAL_INFO[outcome.reason], ErrorCode: status },
  };
}

/** The receiver as a route handler (app/api/trtc/callback): what `next dev` uses, and Next's fallback. */
export async function receiveFromRequest(request: Request): Promise<Response> {
  const d = await httpReceiverDeps();
  const outcome = await receiveCallback(d, {
    query: new URL(request.url).searchParams,
    body: await readBodyUpTo(request, CALLBACK_MAX_BODY_BYTES),
    clientIp: resolveClientAddress(request.headers, d.trustedIpHeader),
    fromBrowser: request.headers.has("origin"),
  });
  const { status, body } = callbackAnswer(outcome);
  return Response.json(body, { status, headers: { "cache-control": "no-store" } });
}
