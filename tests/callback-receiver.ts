import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, expect } from "vitest";
import { startSandbox, type RunningSandbox } from "@/lib/sandbox";
import { CALLBACK_COMMAND_NAMES, CALLBACK_COMMANDS, type CallbackCommand } from "@/lib/trtc/callbacks";
import { manualClock, trtcCall } from "./sandbox-calls";
import { APP } from "./trtc-test-app";

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

/** The query every callback carries (§6.2), under the receiver URL's own `tenant=7`; no Sign without a token. */
export const callbackQuery = (command: string, platform = "RESTAPI") => ({
  tenant: "7",
  SdkAppid: String(APP.sdkAppId),
  CallbackCommand: command,
  contenttype: "json",
  ClientIP: "127.0.0.1",
  OptPlatform: platform,
});

/** The receiver's own schema for the command (lib/trtc/callbacks.ts) accepts the body. */
export function expectValid(command: CallbackCommand, body: unknown) {
  const parsed = CALLBACK_COMMANDS[command].body.safeParse(body);
  expect(parsed.success, `${command}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
}

/**
 * A sandbox on a manual clock and a receiver, started once per file and reset before each test;
 * `listen` configures the receiver with set_callback, `arrived` takes what came once all is delivered.
 */
export function callbackSandbox() {
  const clock = manualClock();
  let sb: RunningSandbox;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  beforeAll(async () => {
    receiver = await startReceiver();
    sb = await startSandbox({ apps: [APP], port: 0, now: clock.now });
  });
  afterAll(async () => {
    await sb.close();
    await receiver.close();
  });
  beforeEach(() => {
    sb.reset();
    receiver.received.length = 0;
    clock.advance(60_000);
  });
  return {
    clock,
    get sb() {
      return sb;
    },
    get receiver() {
      return receiver;
    },
    async listen(commands: readonly string[] = CALLBACK_COMMAND_NAMES) {
      const config = { Url: `${receiver.base}/trtc/callback?tenant=7`, CallbackCommandList: commands };
      expect((await configCall(sb.url, "set_callback", config)).code).toBe(0);
    },
    async arrived() {
      await sb.callbacksSettled();
      return receiver.received.splice(0);
    },
  };
}
