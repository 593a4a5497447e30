import "server-only";
import type { RunningSandbox } from "@/lib/sandbox";
import { describeTrtcError } from "@/lib/trtc/error-catalog";
import { genUserSig } from "@/lib/trtc/usersig";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { performCall } from "./call";
import { TrtcError } from "./trtc-error";
import type { CreateRoomBody } from "@/lib/trtc/wire";
import type { TrtcCallResult } from "./types";
import { ADMIN, REQUEST_ID, SDK_APP_ID, randomHex } from "@/tests/trtc-test-app";
import { clientFor, recordUrls, startTestSandbox, userSigOf } from "@/tests/trtc-client";
import { meetingBody } from "@/tests/room-bodies";

const SECRET = `test-secret-${randomHex()}`;
let sandbox: RunningSandbox;
let clockOffsetMs = 0;

beforeAll(async () => {
  sandbox = await startTestSandbox(SECRET, { now: () => Date.now() + clockOffsetMs });
});
afterAll(() => sandbox.close());
beforeEach(() => {
  sandbox.reset();
  clockOffsetMs = 0;
});
afterEach(() => vi.restoreAllMocks());

/** The shape every refusal must have: an upstream TrtcError with its code, catalog entry and RequestId. */
function expectUpstream(result: TrtcCallResult<unknown>, code: number) {
  if (result.ok) throw new Error(`expected error ${code}, got success`);
  const { error } = result;
  expect(error).toBeInstanceOf(TrtcError);
  expect(error).toMatchObject({ kind: "upstream", code, httpStatus: 200, catalog: describeTrtcError(code) });
  expect(error.catalog?.known).toBe(true);
  expect(error.retryable).toBe(describeTrtcError(code).retryable);
  expect(error.requestId).toMatch(REQUEST_ID);
  expect(result.requestId).toBe(error.requestId);
  expect(error.message).toContain(String(code));
  expect(error.message).toContain(error.requestId ?? "missing");
  expect(result.responseBody).toMatchObject({ ActionStatus: "FAIL", ErrorCode: code });
  return error;
}

/** A signer for a claim the client itself never produces (another identifier or app), to reach 70013/70014. */
function callWithSig(sig: { identifier: string; sdkAppId: number }) {
  const userSig = genUserSig(SECRET, { ...sig, time: Math.floor(Date.now() / 1000), expire: 3600 });
  const ctx = {
    baseUrl: sandbox.url,
    sdkAppId: SDK_APP_ID,
    adminUserId: ADMIN,
    defaultTimeoutMs: 5000,
    sigs: { current: () => userSig, invalidate: () => {} },
    deadline: (ms: number) => AbortSignal.timeout(ms),
    monotonicNow: () => performance.now(),
  };
  return performCall(ctx, "get_room_info", { RoomId: "r" }, {});
}

describe("Tencent error codes come back as upstream TrtcErrors", () => {
  it("70003 for a UserSig signed with the wrong key", async () => {
    expectUpstream(await clientFor(sandbox, "not-the-key").run("get_room_info", { RoomId: "r" }), 70003);
  });

  it("70001 for an expired UserSig", async () => {
    const threeDaysAgo = () => Date.now() - 3 * 86400_000;
    expectUpstream(
      await clientFor(sandbox, SECRET, { now: threeDaysAgo }).run("get_room_info", { RoomId: "r" }),
      70001,
    );
  });

  it("signs afresh after a 70001 even though the cached sig looked valid by its own clock", async () => {
    const urls: string[] = [];
    vi.spyOn(globalThis, "fetch").mockImplementation(recordUrls(urls));
    let now = Date.now();
    const client = clientFor(sandbox, SECRET, { now: () => now });
    clockOffsetMs = 25 * 3600_000; // Tencent's clock says the 24 h sig is over
    expectUpstream(await client.run("get_room_info", { RoomId: "r" }), 70001);
    clockOffsetMs = 0;
    now += 2000; // well inside the renewal window: without the 70001 the cached sig would be reused
    expectUpstream(await client.run("get_room_info", { RoomId: "r" }), 100004);
    expect(urls).toHaveLength(2);
    expect(userSigOf(urls[1] ?? "")).not.toBe(userSigOf(urls[0] ?? ""));
  });

  it("70013 and 70014 for a UserSig issued to another identifier or app", async () => {
    expectUpstream(await callWithSig({ identifier: "someone-else", sdkAppId: SDK_APP_ID }), 70013);
    expectUpstream(await callWithSig({ identifier: ADMIN, sdkAppId: SDK_APP_ID + 1 }), 70014);
  });

  it("60006 for an unknown SDKAppID and 60010 for a non-admin identifier", async () => {
    expectUpstream(
      await clientFor(sandbox, SECRET, { sdkAppId: 1400999999 }).run("get_room_info", { RoomId: "r" }),
      60006,
    );
    expectUpstream(
      await clientFor(sandbox, SECRET, { adminUserId: "alice" }).run("get_room_info", { RoomId: "r" }),
      60010,
    );
  });

  it("60003 for a body that is not a JSON object", async () => {
    const notAnObject = ["not", "an", "object"] as unknown as CreateRoomBody;
    expectUpstream(await clientFor(sandbox, SECRET).run("create_room", notAnObject), 60003);
  });

  it("100002 with the offending field first in ErrorInfo", async () => {
    const error = expectUpstream(
      await clientFor(sandbox, SECRET).run("create_room", meetingBody("x".repeat(49))),
      100002,
    );
    expect(error.errorInfo).toMatch(/^RoomInfo\.RoomId: /);
    expect(error.retryable).toBe("no");
    expect(error.message).toContain(error.errorInfo ?? "missing");
  });

  it("100012 for a second create within a second, then 100010 (the admin owns it) once it has passed", async () => {
    const client = clientFor(sandbox, SECRET);
    const body = meetingBody();
    expect((await client.run("create_room", body)).ok).toBe(true);
    expectUpstream(await client.run("create_room", body), 100012);
    clockOffsetMs = 1500;
    const exists = expectUpstream(await client.run("create_room", body), 100010);
    expect(exists.retryable).toBe("no");
  });

  it("100004 for a room that does not exist", async () => {
    const client = clientFor(sandbox, SECRET);
    expectUpstream(await client.run("get_room_info", { RoomId: "missing" }), 100004);
    expectUpstream(
      await client.run("update_room_info", { RoomInfo: { RoomId: "missing", RoomName: "n" } }),
      100004,
    );
    expectUpstream(await client.run("destroy_room", { RoomId: "missing" }), 100004);
  });

  it("60007 when over the rate limit, retryable after a pause", async () => {
    const slow = await startTestSandbox(SECRET, { rateLimitPerSecond: 1 });
    try {
      const client = clientFor(slow, SECRET);
      await client.run("get_room_info", { RoomId: "r" });
      const error = expectUpstream(await client.run("get_room_info", { RoomId: "r" }), 60007);
      expect(error.retryable).toBe("after-pause");
    } finally {
      await slow.close();
    }
  });
});
