import "server-only";
import { inspect } from "node:util";
import type { RunningSandbox } from "@/lib/sandbox";
import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  vi,
  type MockInstance,
} from "vitest";
import type { TrtcErrorKind } from "./trtc-error";
import type { TrtcCallResult, TrtcClient } from "./types";
import { clientFor, hangDeadlines, recordUrls, startTestSandbox, userSigOf } from "@/tests/trtc-client";
import { randomHex } from "@/tests/trtc-test-app";
import { meetingBody } from "@/tests/room-bodies";

// docs/security.md 15: a unique secret, and the UserSig actually sent, must not show up in any failure's output.
const SECRET = `CANARY-SECRET-${randomHex(12)}`;
let sandbox: RunningSandbox;
let urls: string[];
let consoleSpies: MockInstance[];

beforeAll(async () => {
  sandbox = await startTestSandbox(SECRET);
});
afterAll(() => sandbox.close());
beforeEach(() => {
  sandbox.reset();
  urls = [];
  consoleSpies = (["log", "info", "warn", "error", "debug"] as const).map((m) => vi.spyOn(console, m));
});
afterEach(() => vi.restoreAllMocks());

const realFetch = globalThis.fetch;

/** Every place a failure could be printed, logged or stored. */
function sinks(result: TrtcCallResult<unknown>): string[] {
  const all = [JSON.stringify(result), inspect(result, { depth: Infinity, showHidden: true })];
  if (!result.ok) {
    const err = result.error;
    all.push(
      String(err),
      err.message,
      err.stack ?? "",
      JSON.stringify(err),
      inspect(err, { showHidden: true }),
    );
    expect(err).not.toHaveProperty("cause");
  }
  return all;
}

function expectClean(result: TrtcCallResult<unknown>, client: TrtcClient) {
  expect(urls.length).toBeGreaterThan(0);
  const sentSigs = urls.map(userSigOf);
  for (const sig of sentSigs) expect(sig.length).toBeGreaterThan(20);
  for (const text of [...sinks(result), inspect(client, { depth: Infinity, showHidden: true })]) {
    expect(text).not.toContain(SECRET);
    for (const sig of sentSigs) expect(text).not.toContain(sig);
  }
  for (const spy of consoleSpies) expect(spy).not.toHaveBeenCalled();
}

type Case = { kind: TrtcErrorKind | "success"; run: (c: TrtcClient) => Promise<TrtcCallResult<unknown>> };

const CASES: Record<string, Case> = {
  "timeout (hang)": {
    kind: "timeout",
    run: (c) => (sandbox.injectFault({ kind: "hang" }), c.run("create_room", meetingBody())),
  },
  "network (create then drop)": {
    kind: "network",
    run: (c) => (sandbox.injectFault({ kind: "createThenDrop" }), c.run("create_room", meetingBody())),
  },
  "http (502)": {
    kind: "http",
    run: (c) => (sandbox.injectFault({ kind: "http502" }), c.run("create_room", meetingBody())),
  },
  "upstream (100004)": { kind: "upstream", run: (c) => c.run("get_room_info", { RoomId: "no-such-room" }) },
  "upstream (70003, wrong key)": {
    kind: "upstream",
    run: () => clientFor(sandbox, `${SECRET}-rotated`).run("get_room_info", { RoomId: "r" }),
  },
  "aborted by the caller": {
    kind: "aborted",
    run: (c) => (
      sandbox.injectFault({ kind: "hang" }),
      c.run("get_room_info", { RoomId: "r" }, { signal: AbortSignal.abort() })
    ),
  },
  success: { kind: "success", run: (c) => c.run("create_room", meetingBody()) },
};

describe("no secret or UserSig in any failure's output", () => {
  it.each(Object.entries(CASES))("%s", async (_name, { kind, run }) => {
    vi.spyOn(globalThis, "fetch").mockImplementation(recordUrls(urls));
    const client = clientFor(sandbox, SECRET, { deadline: hangDeadlines(sandbox) });
    const result = await run(client);
    expect(result.ok ? "success" : result.error.kind).toBe(kind);
    expectClean(result, client);
  });

  it("a fetch error that embeds the URL (as Node's may) is reduced to safe facts", async () => {
    vi.spyOn(globalThis, "fetch").mockImplementation((input) => {
      const url = String(input);
      urls.push(url);
      const cause = Object.assign(new Error(`connect ECONNRESET ${url}`), { code: "ECONNRESET", url });
      return Promise.reject(new TypeError(`fetch failed: ${url}`, { cause }));
    });
    const client = clientFor(sandbox, SECRET);
    const result = await client.run("create_room", meetingBody());
    expect(result.ok || result.error).toMatchObject({ kind: "network", retryable: "yes" });
    expect(result.ok || result.error.message).toContain("ECONNRESET");
    expectClean(result, client);
  });

  it("a malformed answer echoing the URL is stored redacted", async () => {
    vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
      urls.push(String(input));
      await realFetch(input, init); // let the sandbox see it, then answer like a broken proxy
      return new Response(`<pre>upstream said no to ${String(input)}</pre>`, { status: 200 });
    });
    const client = clientFor(sandbox, SECRET);
    const result = await client.run("get_room_info", { RoomId: "r" });
    expect(result.ok || result.error.kind).toBe("malformed");
    expect(String(result.responseBody)).toContain("usersig=[redacted]");
    expectClean(result, client);
  });
});
