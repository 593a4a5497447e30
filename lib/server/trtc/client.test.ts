import "server-only";
import type { RunningSandbox } from "@/lib/sandbox";
import { verifyUserSig } from "@/lib/trtc/usersig";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { ADMIN, REQUEST_ID, SDK_APP_ID, randomHex } from "@/tests/trtc-test-app";
import {
  clientFor,
  recordUrls,
  sandboxHasSeen,
  startTestSandbox,
  timeoutReason,
  userSigOf,
} from "@/tests/trtc-client";
import { meetingBody } from "@/tests/room-bodies";

const SECRET = `test-secret-${randomHex()}`;
let sandbox: RunningSandbox;

beforeAll(async () => {
  sandbox = await startTestSandbox(SECRET);
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.reset());
afterEach(() => vi.restoreAllMocks());

describe("TRTC client against the sandbox", () => {
  it("creates, reads, updates and destroys a room through the typed functions", async () => {
    let clockMs = 1000.2;
    const realFetch = globalThis.fetch;
    vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
      const res = await realFetch(input, init);
      clockMs += 42.4; // what the round trip "took", on the clock the client measures with
      return res;
    });
    const client = clientFor(sandbox, SECRET, { monotonicNow: () => clockMs });
    const body = meetingBody(undefined, { MaxMemberCount: 50, IsVideoDisabled: true });
    const roomId = body.RoomInfo.RoomId;

    const created = await client.run("create_room", body);
    expect(created).toMatchObject({ ok: true, command: "create_room", httpStatus: 200, response: null });
    expect(created.requestId).toMatch(REQUEST_ID);
    expect(created.requestBody).toEqual(body);
    expect(created.path).toBe("room_engine_http_srv/create_room");
    expect(created.latencyMs).toBe(42);
    expect(created.responseBody).toMatchObject({ ActionStatus: "OK", ErrorCode: 0 });
    expect(created.endpoint).toContain("usersig=[redacted]");

    const read = await client.run("get_room_info", { RoomId: roomId });
    if (!read.ok) throw read.error;
    expect(read.response.RoomInfo).toMatchObject({
      RoomId: roomId,
      RoomName: "Weekly sync",
      RoomType: "Conference",
      Owner_Account: ADMIN,
      MaxMemberCount: 50,
      IsVideoDisabled: true,
      ScheduleStartTime: body.RoomInfo.ScheduleStartTime,
      ScheduleEndTime: body.RoomInfo.ScheduleEndTime,
    });
    expect(read.requestBody).toEqual({ RoomId: roomId });

    const updated = await client.run("update_room_info", {
      RoomInfo: { RoomId: roomId, RoomName: "Renamed" },
    });
    expect(updated.ok).toBe(true);
    const reread = await client.run("get_room_info", { RoomId: roomId });
    expect(reread.ok && reread.response.RoomInfo.RoomName).toBe("Renamed");

    const destroyed = await client.run("destroy_room", { RoomId: roomId });
    expect(destroyed).toMatchObject({ ok: true, command: "destroy_room" });
    expect(sandbox.rooms()).toEqual([]);
    const gone = await client.run("get_room_info", { RoomId: roomId });
    expect(gone.ok || gone.error.code).toBe(100004);
  });

  it("returns the Response read with the command's schema from the registry", async () => {
    const client = clientFor(sandbox, SECRET);
    const { RoomInfo } = meetingBody();
    await client.run("create_room", { RoomInfo });
    const result = await client.run("get_room_info", { RoomId: RoomInfo.RoomId });
    expect(result.ok && result.response.RoomInfo.RoomId).toBe(RoomInfo.RoomId);
  });

  it("sends the documented query and a fresh uint32 random per call", async () => {
    const client = clientFor(sandbox, SECRET);
    const first = await client.run("get_room_info", { RoomId: "nope-1" });
    const second = await client.run("get_room_info", { RoomId: "nope-2" });
    const calls = sandbox.calls();
    expect(calls).toHaveLength(2);
    for (const call of calls) {
      expect(call).toMatchObject({ sdkAppId: String(SDK_APP_ID), identifier: ADMIN });
      expect(call.random).toMatch(/^\d{1,10}$/);
      expect(Number(call.random)).toBeLessThanOrEqual(0xffff_ffff);
    }
    expect(calls[0]?.random).not.toBe(calls[1]?.random);
    expect([first.random, second.random]).toEqual(calls.map((c) => Number(c.random)));
  });

  it("reuses the UserSig and renews it well before it expires", async () => {
    const urls: string[] = [];
    vi.spyOn(globalThis, "fetch").mockImplementation(recordUrls(urls));
    let now = Date.now();
    const client = clientFor(sandbox, SECRET, { now: () => now });

    await client.run("get_room_info", { RoomId: "a" });
    now += 10 * 3600_000; // 10 h into a 24 h sig: still more than the 6 h renewal margin left
    await client.run("get_room_info", { RoomId: "b" });
    now += 9 * 3600_000; // 19 h: under 6 h left, so a new one
    await client.run("get_room_info", { RoomId: "c" });

    expect(urls).toHaveLength(3);
    const [s1, s2, s3] = urls.map(userSigOf);
    expect(s2).toBe(s1);
    expect(s3).not.toBe(s1);
    const expected = { sdkAppId: SDK_APP_ID, identifier: ADMIN };
    const verdict = verifyUserSig(SECRET, expected, s3 ?? "", Math.floor(now / 1000));
    expect(verdict.ok && verdict.claims.time).toBe(Math.floor(now / 1000));
    // The sandbox accepted all three: each answer is Tencent's "no such room", not an auth code.
    expect(sandbox.calls().map((c) => c.errorCode)).toEqual([100004, 100004, 100004]);
  });

  it("reports the caller's own cancellation as aborted, and its deadline as a timeout", async () => {
    const client = clientFor(sandbox, SECRET);
    sandbox.injectFault({ kind: "hang", times: 2 });
    const cancel = new AbortController();
    const pendingCancel = client.run("get_room_info", { RoomId: "x" }, { signal: cancel.signal });
    await sandboxHasSeen(sandbox, 1);
    cancel.abort();
    const cancelled = await pendingCancel;
    expect(cancelled.ok || cancelled.error.kind).toBe("aborted");
    expect(cancelled.ok || cancelled.error.retryable).toBe("no");

    // The caller's own deadline, aborted the way AbortSignal.timeout aborts.
    const callerDeadline = new AbortController();
    const pendingDeadline = client.run("get_room_info", { RoomId: "x" }, { signal: callerDeadline.signal });
    await sandboxHasSeen(sandbox, 2);
    callerDeadline.abort(timeoutReason());
    const deadline = await pendingDeadline;
    expect(deadline.ok || deadline.error.kind).toBe("timeout");
    expect(deadline).toMatchObject({ httpStatus: null, requestId: null, responseBody: null });
  });

  it("refuses settings it cannot work with, without echoing them", () => {
    const ok = { baseUrl: sandbox.url, sdkAppId: SDK_APP_ID, secretKey: SECRET, adminUserId: ADMIN };
    const fn = (over: object) => () => clientFor(sandbox, SECRET, { ...ok, ...over });
    expect(fn({ baseUrl: "ftp://x" })).toThrow(/baseUrl/);
    expect(fn({ baseUrl: `${sandbox.url}?a=1` })).toThrow(/baseUrl/);
    expect(fn({ sdkAppId: 1.5 })).toThrow(/sdkAppId/);
    expect(fn({ timeoutMs: 0 })).toThrow(/timeoutMs/);
    expect(fn({ secretKey: "" })).toThrow(/secretKey/);
    expect(fn({ baseUrl: `${SECRET}:/` })).not.toThrow(new RegExp(SECRET));
  });
});
