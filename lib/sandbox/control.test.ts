import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startSandbox } from "./server";
import { APP } from "@/tests/trtc-test-app";
import { roomBody } from "@/tests/room-bodies";
import { trtcCall } from "@/tests/sandbox-calls";
import type { RunningSandbox, SandboxCall } from "./types";

let sb: RunningSandbox;
beforeAll(async () => {
  sb = await startSandbox({ apps: [APP], port: 0 });
});
afterAll(() => sb.close());
beforeEach(() => sb.reset());

async function control(method: string, path: string, body?: unknown) {
  const res = await fetch(`${sb.url}/__sandbox/${path}`, {
    method,
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as unknown };
}

describe("control endpoints over HTTP", () => {
  it("reports health without secrets", async () => {
    const r = await control("GET", "health");
    expect(r).toEqual({
      status: 200,
      json: { ok: true, sdkAppIds: [APP.sdkAppId], rooms: 0, callsReceived: 0 },
    });
    expect(JSON.stringify(r.json)).not.toContain(APP.secretKey);
  });

  it("injects a fault", async () => {
    expect((await control("POST", "faults", { kind: "error100001", command: "create_room" })).status).toBe(
      201,
    );
    expect((await control("GET", "faults")).json).toEqual([
      { kind: "error100001", command: "create_room", times: 1 },
    ]);
    expect((await trtcCall(sb.url, "create_room", roomBody("f"))).json.ErrorCode).toBe(100001);
    expect((await trtcCall(sb.url, "create_room", roomBody("f"))).json.ErrorCode).toBe(0);
    expect((await control("POST", "faults", { kind: "nope" })).status).toBe(400);
    expect((await control("POST", "faults", "{broken")).status).toBe(400);
  });

  it("creates a room directly, as another tool would have", async () => {
    const room = {
      RoomId: "from-the-app-sdk-with-a-64-byte-id-".padEnd(64, "x"),
      RoomName: "Made elsewhere",
      CreateTime: 1_700_000_000,
    };
    const r = await control("POST", "rooms", room);
    expect(r.status).toBe(201);
    expect(r.json).toMatchObject({
      ...room,
      RoomType: "Conference",
      Owner_Account: "administrator",
      SdkAppId: APP.sdkAppId,
    });
    const got = await trtcCall(sb.url, "get_room_info", { RoomId: room.RoomId });
    expect(got.json.Response).toMatchObject({
      RoomInfo: { RoomName: "Made elsewhere", MaxMemberCount: 300 },
    });
    expect((await control("POST", "rooms", room)).status).toBe(409);
    expect((await control("POST", "rooms", { RoomName: "no id" })).status).toBe(400);
    expect((await control("POST", "rooms", { RoomId: "x", IsAudioDisabled: "yes" })).status).toBe(400);
    expect((await control("POST", "rooms", { RoomId: "x", SdkAppId: 1 })).status).toBe(400);
  });

  it("a room stored directly is not a create: creating its RoomId at once answers 100003, not 100012", async () => {
    // The clock stands still, so a create_room of that RoomId would still be inside the 1 s window.
    const at = Date.now();
    const frozen = await startSandbox({ apps: [APP], port: 0, now: () => at });
    try {
      const res = await fetch(`${frozen.url}/__sandbox/rooms`, {
        method: "POST",
        body: JSON.stringify({ RoomId: "taken-elsewhere", Owner_Account: "someone-else" }),
      });
      expect(res.status).toBe(201);
      expect((await trtcCall(frozen.url, "create_room", roomBody("taken-elsewhere"))).json.ErrorCode).toBe(
        100003,
      );
      expect((await trtcCall(frozen.url, "create_room", roomBody("fresh"))).json.ErrorCode).toBe(0);
      expect((await trtcCall(frozen.url, "create_room", roomBody("fresh"))).json.ErrorCode).toBe(100012);
    } finally {
      await frozen.close();
    }
  });

  it("accepts a create_room-shaped body with invitees", async () => {
    const r = await control(
      "POST",
      "rooms",
      roomBody("shaped", { RoomName: "S" }, { ScheduleInviteeList_Account: ["bob"] }),
    );
    expect(r.status).toBe(201);
    expect((await control("GET", "rooms")).json).toMatchObject([
      { RoomId: "shaped", RoomName: "S", ScheduleInviteeList_Account: ["bob"], RoomStatus: "Running" },
    ]);
  });

  it("lists calls, filtered by command, and resets everything", async () => {
    await trtcCall(sb.url, "create_room", roomBody("c1"));
    await trtcCall(sb.url, "get_room_info", { RoomId: "c1" });
    await trtcCall(sb.url, "create_room", roomBody("c2"));
    const all = (await control("GET", "calls")).json as SandboxCall[];
    expect(all.map((c) => c.command)).toEqual(["create_room", "get_room_info", "create_room"]);
    const creates = (await control("GET", "calls?command=create_room")).json as SandboxCall[];
    expect(creates.map((c) => (c.body as ReturnType<typeof roomBody>).RoomInfo.RoomId)).toEqual(["c1", "c2"]);
    expect(creates[0]).toMatchObject({
      sdkAppId: String(APP.sdkAppId),
      identifier: "administrator",
      errorCode: 0,
    });

    expect((await control("POST", "reset")).status).toBe(200);
    expect((await control("GET", "rooms")).json).toEqual([]);
    expect((await control("GET", "calls")).json).toEqual([]);
  });

  it("answers 404 to unknown control paths and does not record control calls", async () => {
    expect((await control("GET", "nothing")).status).toBe(404);
    expect((await control("DELETE", "rooms")).status).toBe(404);
    expect(sb.calls()).toEqual([]);
  });
});
