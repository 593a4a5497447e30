import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { ACTION_LIMITS } from "@/lib/http/action-limits.mjs";
import { malformedActionBytes, tooLargeActionBody } from "./action-body";
import { nodeHeader, nodeHeaderEdit, servedOverHttps, setInternalHeaders } from "./internal-headers";
import { readNodeBodyUpTo } from "./node-body";
import { crossOrigin, malformedPath, type Refusal } from "./request-checks";
import { freshNonce, pageSecurityHeaders } from "@/lib/http/security-headers.mjs";

export interface ActionGateConfig {
  trustedIpHeader: string | null;
  /** The deployment is served over HTTPS (its cookies are secure), whatever this hop's protocol. */
  secureCookies: boolean;
}

const UNREADABLE_TARGET: Refusal = { status: 400, message: "The address is not a valid request target." };

/** What the gate did with a request: answered it (a refusal), or let it on to Next with its body. */
export type GateOutcome = "refused" | "admitted";

/**
 * Where Next looks for a body its server read before it (request meta `actionBody`): it decodes the action
 * from it, and forwards it when another worker holds the action, instead of the consumed stream. Next's
 * own mechanism (it stashes the body so when it reads a resume state first); the version is pinned, and
 * every action in the browser tests arrives through it.
 */
const NEXT_REQUEST_META = Symbol.for("NextInternalRequestMeta");

/**
 * proxy.ts's duties for server actions, on the bare Node request in server.mjs: the same refusals of what
 * Next would answer with a 500 (an undecodable path, a cross-origin post, a body over the limit, nested
 * past it or not parsing), the same internal headers and the same security headers. proxy.ts does not
 * run for actions (its matcher), which saves Next's cost of running a proxy, about a millisecond of each
 * action's few (`npm run bench:create`). Not an authorization layer: every action checks the session.
 */
export function nodeActionGate(config: () => ActionGateConfig) {
  return async function gate(req: IncomingMessage, res: ServerResponse): Promise<GateOutcome> {
    // Reading starts at once, so a sender that goes away is noticed whatever else is checked first; a
    // refusal made before the body is read leaves the read to fail unheard.
    const reading = readNodeBodyUpTo(req, ACTION_LIMITS.bodyBytes);
    reading.catch(() => null);
    const { trustedIpHeader, secureCookies } = config();
    const https = secureCookies || servedOverHttps(req);
    // The target as written, never read as a host (`//evil/x`): it is always a path here.
    const url = URL.parse(`http://roomdesk.invalid${req.url ?? "/"}`);
    const nonce = freshNonce();
    const security = pageSecurityHeaders({ nonce, https, dev: false });
    for (const [name, value] of Object.entries(security)) res.setHeader(name, value);

    const refusal = (url ? malformedPath(url.pathname) : UNREADABLE_TARGET) ?? crossOrigin(asRequest(req));
    if (refusal || !url) return refuse(res, refusal ?? UNREADABLE_TARGET, true);
    let body: Buffer | null;
    try {
      body = await reading;
    } catch {
      res.destroy();
      return "refused";
    }
    // An unread rest of an oversize body is not drained: the connection ends with the answer.
    if (body === null) return refuse(res, tooLargeActionBody(), true);
    const malformed = await malformedActionBytes(body, nodeHeader(req, "content-type") ?? "", true);
    if (malformed) return refuse(res, malformed, false);

    const meta = (req as unknown as Record<symbol, Record<string, unknown> | undefined>)[NEXT_REQUEST_META];
    Object.assign(req, { [NEXT_REQUEST_META]: { ...meta, actionBody: body } });
    const edit = nodeHeaderEdit(req.headers);
    edit.set("x-nonce", nonce);
    edit.set("content-security-policy", security["Content-Security-Policy"]!);
    setInternalHeaders(edit, url, trustedIpHeader);
    return "admitted";
  };
}

/** The headers crossOrigin reads, as the web Request it takes. */
function asRequest(req: IncomingMessage): Pick<Request, "method" | "headers"> {
  const headers = new Headers();
  for (const name of ["origin", "host", "x-forwarded-host"]) {
    const v = nodeHeader(req, name);
    if (v !== null) headers.set(name, v);
  }
  return { method: req.method ?? "POST", headers };
}

function refuse(res: ServerResponse, refusal: Refusal, close: boolean): GateOutcome {
  const text = `${refusal.message}\n`;
  res.writeHead(refusal.status, {
    "Content-Type": "text/plain; charset=utf-8",
    "Content-Length": String(Buffer.byteLength(text)),
    "Cache-Control": "no-store",
    ...(close ? { Connection: "close" } : {}),
  });
  res.end(text);
  return "refused";
}
