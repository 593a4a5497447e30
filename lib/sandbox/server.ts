import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { handleControl } from "./control";
import { createSandboxState, type SandboxState } from "./sandbox-state";
import { runTrtcRequest } from "./trtc-request";
import type { RunningSandbox, SandboxOptions } from "./types";

/** Large enough for 300 invitees of 32 bytes and then some; anything bigger is not a TRTC body. */
const MAX_BODY_BYTES = 1024 * 1024;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(body));
}

async function route(req: IncomingMessage, res: ServerResponse, state: SandboxState): Promise<void> {
  const url = new URL(req.url ?? "/", "http://sandbox.invalid");
  const raw = await readBody(req);
  if (!url.pathname.startsWith("/__sandbox/")) return runTrtcRequest(req, res, url, raw, state);

  let body: unknown = undefined;
  if (raw.trim() !== "") {
    try {
      body = JSON.parse(raw);
    } catch {
      return sendJson(res, 400, { error: "body must be JSON" });
    }
  }
  const answer = handleControl(req.method ?? "GET", url, body, state.controlDeps);
  sendJson(res, answer.status, answer.body);
}

/**
 * Starts the TRTC sandbox: Tencent's room_engine_http_srv REST endpoints over plain HTTP, plus the
 * `/__sandbox/*` control endpoints. Listens on 127.0.0.1 unless `host` says otherwise.
 */
export async function startSandbox(opts: SandboxOptions): Promise<RunningSandbox> {
  const state = createSandboxState(opts);
  const server = createServer((req, res) => {
    route(req, res, state).catch((e: unknown) => {
      // A sandbox bug must be loud in the test that hit it, not disguised as a Tencent error code.
      if (!res.headersSent) sendJson(res, 500, { error: `sandbox failure: ${String(e)}` });
      else res.destroy();
    });
  });
  const host = opts.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(":") ? `[${host}]` : host;
  let closed: Promise<void> | null = null;

  return {
    url: `http://${urlHost}:${port}`,
    port,
    close() {
      closed ??= new Promise<void>((resolve) => {
        state.shutdown();
        server.close(() => resolve());
        // Hanging faults and keep-alive sockets would otherwise hold close() open forever.
        server.closeAllConnections();
      });
      return closed;
    },
    rooms: () => state.controlDeps.rooms(),
    calls: () => state.controlDeps.calls(),
    injectFault: (f) => state.controlDeps.injectFault(f),
    setFaultMix: (m) => state.controlDeps.setFaultMix(m),
    callbacks: () => state.controlDeps.callbacks.deliveries(),
    callbacksSettled: () => state.controlDeps.callbacks.settled(),
    reset: () => state.controlDeps.reset(),
  };
}
