import "server-only";
import type { RunningSandbox } from "@/lib/sandbox";
import { describeTrtcError } from "@/lib/trtc/error-catalog";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { TrtcError } from "./trtc-error";
import type { TrtcCallFailure, TrtcCallResult } from "./types";
import { clientFor, manualDeadlines, sandboxHasSeen, startTestSandbox } from "@/tests/trtc-client";
import { REQUEST_ID, randomHex } from "@/tests/trtc-test-app";
import { meetingBody } from "@/tests/room-bodies";

const SECRET = `test-secret-${randomHex()}`;
let sandbox: RunningSandbox;
/** A clock shared by the sandbox (its latency faults advance it) and the client (which measures with it). */
let clockMs = 0;

beforeAll(async () => {
  sandbox = await startTestSandbox(SECRET, {
    sleep: async (ms) => {
      clockMs += ms;
    },
  });
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.reset());

function failure(result: TrtcCallResult<unknown>): TrtcCallFailure {
  if (result.ok) throw new Error("expected a failure, got success");
  expect(result.error).toBeInstanceOf(TrtcError);
  return result;
}

describe("transport faults injected by the sandbox", () => {
  it("a 502 page is an http error, retryable, with the status and no RequestId", async () => {
    sandbox.injectFault({ kind: "http502", command: "create_room" });
    const result = failure(await clientFor(sandbox, SECRET).run("create_room", meetingBody()));
    expect(result.error).toMatchObject({ kind: "http", httpStatus: 502, retryable: "yes", code: null });
    expect(result).toMatchObject({ httpStatus: 502, requestId: null });
    expect(result.error.message).toMatch(/HTTP status 502/);
    expect(String(result.responseBody)).toContain("502 Bad Gateway");
    expect(sandbox.rooms()).toEqual([]);
  });

  it("100001 is an upstream error that may be retried at once", async () => {
    sandbox.injectFault({ kind: "error100001" });
    const result = failure(await clientFor(sandbox, SECRET).run("create_room", meetingBody()));
    expect(result.error).toMatchObject({ kind: "upstream", code: 100001, retryable: "yes" });
    expect(result.error.catalog).toEqual(describeTrtcError(100001));
    expect(result.requestId).toMatch(REQUEST_ID);
  });

  it("a create whose connection drops is a network error, though the room exists", async () => {
    sandbox.injectFault({ kind: "createThenDrop" });
    const body = meetingBody();
    const result = failure(await clientFor(sandbox, SECRET).run("create_room", body));
    expect(result.error).toMatchObject({ kind: "network", retryable: "yes", code: null, requestId: null });
    expect(result.error.message).toMatch(/may or may not have carried it out/);
    expect(sandbox.rooms().map((r) => r.RoomId)).toEqual([body.RoomInfo.RoomId]);
  });

  it("a hang ends as a timeout at the call's own limit, which overrides the client-wide one", async () => {
    sandbox.injectFault({ kind: "hang" });
    const deadlines = manualDeadlines();
    const client = clientFor(sandbox, SECRET, { timeoutMs: 5000, deadline: (ms) => deadlines.deadline(ms) });
    const pending = client.run("create_room", meetingBody(), { timeoutMs: 500 });
    await sandboxHasSeen(sandbox, 1);
    expect(deadlines.requested()).toEqual([500]);
    deadlines.expire();
    const result = failure(await pending);
    expect(result.error).toMatchObject({
      kind: "timeout",
      retryable: "yes",
      httpStatus: null,
      requestId: null,
    });
    expect(result.error.message).toMatch(/got no answer in time \(limit 500 ms\)/);
    expect(result.httpStatus).toBeNull();
    expect(sandbox.rooms()).toEqual([]);
  });

  it("the client-wide timeout applies when the call sets none", async () => {
    sandbox.injectFault({ kind: "hang" });
    const deadlines = manualDeadlines();
    const client = clientFor(sandbox, SECRET, { timeoutMs: 300, deadline: (ms) => deadlines.deadline(ms) });
    const pending = client.run("get_room_info", { RoomId: "r" });
    await sandboxHasSeen(sandbox, 1);
    expect(deadlines.requested()).toEqual([300]);
    deadlines.expire();
    const result = failure(await pending);
    expect(result.error.kind).toBe("timeout");
    expect(result.error.message).toMatch(/\(limit 300 ms\)/);
  });

  it("without an injected deadline, a real timer of timeoutMs ends the attempt as a timeout", async () => {
    // A sandbox of its own: the request may still reach it after the client gave up, and must not
    // take a fault meant for the next test.
    const own = await startTestSandbox(SECRET);
    try {
      own.injectFault({ kind: "hang" });
      const result = failure(
        await clientFor(own, SECRET, { timeoutMs: 1 }).run("get_room_info", { RoomId: "r" }),
      );
      expect(result.error).toMatchObject({ kind: "timeout", retryable: "yes" });
    } finally {
      await own.close();
    }
  });

  it("added latency under the timeout still succeeds and shows in latencyMs", async () => {
    sandbox.injectFault({ kind: "latency", ms: 250 });
    const result = await clientFor(sandbox, SECRET, { monotonicNow: () => clockMs }).run(
      "create_room",
      meetingBody(),
    );
    expect(result.ok).toBe(true);
    // The shared clock moved only while the sandbox held the answer back.
    expect(result.latencyMs).toBe(250);
  });

  it("a connection refused is a network error", async () => {
    const gone = await startTestSandbox(SECRET);
    await gone.close();
    const result = failure(await clientFor(gone, SECRET).run("get_room_info", { RoomId: "r" }));
    expect(result.error).toMatchObject({ kind: "network", retryable: "yes" });
    expect(result.error.message).toMatch(/ECONNREFUSED/);
  });
});
