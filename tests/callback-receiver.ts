import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { trtcCall } from "./sandbox-calls";

/** A real HTTP receiver for the sandbox's callbacks: records every request and answers as §6.4 asks. */

export interface ReceivedCallback {
  /** Path and query as sent. */
  path: string;
  query: Record<string, string>;
  body: Record<string, unknown>;
}

export async function startReceiver() {
  const received: ReceivedCallback[] = [];
  let status = 200;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://receiver.invalid");
      received.push({
        path: req.url ?? "",
        query: Object.fromEntries(url.searchParams),
        body: JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>,
      });
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify({ ActionStatus: "OK", ErrorInfo: "", ErrorCode: 0 }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    received,
    answerWith(next: number) {
      status = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A room_config command through a real signed REST call (docs/trtc-api.md §6.1). */
export async function configCall(base: string, command: string, body: unknown) {
  const { json } = await trtcCall(base, `room_config/${command}`, body);
  return { code: json.ErrorCode, info: json.ErrorInfo, response: json.Response as Record<string, unknown> };
}
