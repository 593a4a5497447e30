import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { strictHeaders } from "@/lib/http/front-server.mjs";
import { nodeAddressHeaders, resolveClientAddress } from "../auth/client-ip";
import { readNodeBodyUpTo } from "../http/node-body";
import { callbackAnswer, type HttpReceiverDeps } from "./http-receiver";
import { CALLBACK_MAX_BODY_BYTES, receiveCallback } from "./receive";

/** The sender's address: the trusted proxy's header when one is configured, else the socket's peer. */
const senderAddress = (req: IncomingMessage, trustedHeader: string | null): string | null =>
  resolveClientAddress(nodeAddressHeaders(req, trustedHeader), null);

/**
 * The receiver on the bare Node request, published for server.mjs (lib/http/node-routes.mjs): the same
 * checks and answers as the route handler, without Next's per-request cost, so a flood of callbacks
 * does not crowd out the people using the app.
 */
export function nodeCallbackReceiver(deps: () => Promise<HttpReceiverDeps>) {
  return async function receiveFromNode(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Reading starts at once, so a sender that goes away while the app is still starting is noticed.
    const reading = readNodeBodyUpTo(req, CALLBACK_MAX_BODY_BYTES);
    let body: string | null;
    try {
      body = (await reading)?.toString("utf8") ?? null;
    } catch {
      res.destroy();
      return;
    }
    let d: HttpReceiverDeps | null = null;
    try {
      d = await deps();
      const outcome = await receiveCallback(d, {
        query: new URL(req.url ?? "/", "http://roomdesk.invalid").searchParams,
        body,
        clientIp: senderAddress(req, d.trustedIpHeader),
        fromBrowser: req.headers.origin !== undefined,
      });
      const { status, body: answer } = callbackAnswer(outcome);
      // An unread rest of an oversize body is not drained: the connection ends with the answer.
      answerJson(res, status, answer, d.https, body === null);
    } catch (e) {
      // Not stored (the database is down, or the app did not start): Tencent retries a failed callback.
      console.error("roomdesk: a callback could not be stored", e);
      if (res.headersSent) res.destroy();
      else
        answerJson(
          res,
          503,
          { ActionStatus: "FAIL", ErrorInfo: "not stored, try again", ErrorCode: 503 },
          d?.https ?? false,
          true,
        );
    }
  };
}

function answerJson(res: ServerResponse, status: number, answer: object, https: boolean, close: boolean) {
  const text = JSON.stringify(answer);
  res.writeHead(status, {
    "Content-Type": "application/json",
    "Content-Length": String(Buffer.byteLength(text)),
    ...strictHeaders(https),
    ...(close ? { Connection: "close" } : {}),
  });
  res.end(text);
}
