import type { IncomingMessage, ServerResponse } from "node:http";
import { failOutcome, toEnvelope, type Outcome } from "./envelope";
import type { SandboxState } from "./sandbox-state";
import { handleTrtcCall, parseBody, routeOf } from "./trtc-handler";
import type { SandboxCall } from "./types";

/** A gateway-style error page, as a proxy in front of Tencent would send it. */
const BAD_GATEWAY_HTML =
  "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n" +
  "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";

function answer(res: ServerResponse, call: SandboxCall, outcome: Outcome, requestId: string): void {
  call.errorCode = outcome.code;
  call.requestId = requestId;
  // Always HTTP 200, like Tencent: the verdict lives in ErrorCode (docs/trtc-api.md §1.4).
  res.writeHead(200, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(toEnvelope(outcome, requestId)));
}

/** Records the call, applies an injected fault if one matches, otherwise answers like Tencent. */
export async function runTrtcRequest(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  raw: string,
  state: SandboxState,
): Promise<void> {
  const { service, command } = routeOf(url.pathname);
  const body = parseBody(raw);
  const q = url.searchParams;
  // The UserSig is deliberately not recorded: calls() is readable over HTTP without auth.
  const call: SandboxCall = {
    at: state.env.now(),
    command,
    sdkAppId: q.get("sdkappid"),
    identifier: q.get("identifier"),
    random: q.get("random"),
    body: body.ok ? body.value : raw === "" ? null : raw,
    errorCode: null,
    requestId: null,
    fault: null,
  };
  state.record(call);

  const fault = state.faults.take(service, command) ?? state.faultMix.draw(service, command);
  call.fault = fault?.kind ?? null;
  if (fault?.kind === "http502") {
    res.writeHead(502, { "content-type": "text/html" });
    res.end(BAD_GATEWAY_HTML);
    return;
  }
  if (fault?.kind === "hang") return; // close() destroys the socket.
  if (fault?.kind === "error100001") return answer(res, call, failOutcome(100001), state.nextRequestId());
  if (fault?.kind === "latency") {
    try {
      await state.sleep(fault.ms, state.closingSignal);
    } catch {
      return; // the sandbox is closing
    }
  }

  const outcome = handleTrtcCall(req.method ?? "GET", url, body, state.env);
  const requestId = state.nextRequestId();
  if (fault?.kind === "createThenDrop") {
    call.errorCode = outcome.code;
    call.requestId = requestId;
    req.socket.destroy();
    return;
  }
  answer(res, call, outcome, requestId);
}
