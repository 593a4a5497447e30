import { deflateSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { decodeUserSig } from "../trtc/usersig";
import { startSandbox } from "./server";
import { ADMIN, APP, REQUEST_ID } from "@/tests/trtc-test-app";
import { roomBody } from "@/tests/room-bodies";
import { trtcCall, trtcUrl } from "@/tests/sandbox-calls";
import type { RunningSandbox } from "./types";

let sb: RunningSandbox;
const OTHER = {
  sdkAppId: 1400000002,
  secretKey: "another-secret-key-for-a-second-app",
  adminIdentifiers: ["ops"],
};

beforeAll(async () => {
  sb = await startSandbox({ apps: [APP, OTHER], port: 0 });
});
afterAll(() => sb.close());
beforeEach(() => sb.reset());

const get = (o: Parameters<typeof trtcCall>[3] = {}) =>
  trtcCall(sb.url, "get_room_info", { RoomId: "nope" }, o).then((r) => r.json);

describe("URL and UserSig checks", () => {
  it("accepts a correctly signed call, HTTP 200 with an OK envelope", async () => {
    const r = await trtcCall(sb.url, "create_room", roomBody("auth-ok"));
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ ActionStatus: "OK", ErrorCode: 0, ErrorInfo: "" });
    expect(r.json.RequestId).toMatch(REQUEST_ID);
  });

  it("refuses in the documented order, every refusal an HTTP 200 FAIL envelope", async () => {
    const cases: [string, Parameters<typeof get>[0], number][] = [
      ["missing sdkappid", { sdkAppId: null }, 60012],
      ["unknown SDKAppID", { sdkAppId: 1499999999 }, 60006],
      ["identifier is not an admin (sig for alice, URL alice)", { identifier: "alice" }, 60010],
      ["identifier missing", { identifier: null }, 60010],
      ["usersig missing", { usersig: null }, 70002],
      ["usersig garbage", { usersig: "not-a-sig" }, 70003],
      ["usersig signed with the wrong key", { secretKey: "wrong-key" }, 70003],
      ["expired", { time: Math.floor(Date.now() / 1000) - 7200, expire: 3600 }, 70001],
      ["sig made for bob, URL says the admin", { sigIdentifier: "bob" }, 70013],
      ["sig made for alice, URL says the admin", { sigIdentifier: "alice" }, 70013],
      ["sig made for another SDKAppID", { sigAppId: OTHER.sdkAppId }, 70014],
      ["random missing", { random: null }, 60002],
      ["random above uint32", { random: "4294967296" }, 60002],
      ["random not a number", { random: "12ab" }, 60002],
      ["contenttype missing", { contenttype: null }, 60002],
      ["contenttype not json", { contenttype: "xml" }, 60002],
    ];
    for (const [name, opts, code] of cases) {
      const r = await trtcCall(sb.url, "get_room_info", { RoomId: "nope" }, opts);
      expect({ name, status: r.status, code: r.json.ErrorCode }).toEqual({ name, status: 200, code });
      expect(r.json.ActionStatus).toBe("FAIL");
      expect(r.json.ErrorInfo).not.toBe("");
      expect(r.json.RequestId).toMatch(REQUEST_ID);
    }
  });

  it("accepts random at both uint32 bounds", async () => {
    expect((await get({ random: "0" })).ErrorCode).toBe(100004);
    expect((await get({ random: "4294967295" })).ErrorCode).toBe(100004);
  });

  it("treats a tampered UserSig as a failed check", async () => {
    const url = new URL(trtcUrl(sb.url, "get_room_info"));
    const sig = url.searchParams.get("usersig") as string;
    const tampered = sig.slice(0, 20) + (sig[20] === "A" ? "B" : "A") + sig.slice(21);
    expect((await get({ usersig: tampered })).ErrorCode).toBe(70003);
  });

  it("catches claims edited after signing (a stretched expiry)", async () => {
    const url = new URL(trtcUrl(sb.url, "get_room_info"));
    const doc = decodeUserSig(url.searchParams.get("usersig") as string) as Record<string, unknown>;
    const forged = { ...doc, "TLS.expire": 86400 * 3650 };
    const b64 = deflateSync(Buffer.from(JSON.stringify(forged))).toString("base64");
    const usersig = b64.replace(/\+/g, "*").replace(/\//g, "-").replace(/=/g, "_");
    expect((await get({ usersig })).ErrorCode).toBe(70003);
  });

  it("checks each app with its own key and admins", async () => {
    const opts = { sdkAppId: OTHER.sdkAppId, identifier: "ops", secretKey: OTHER.secretKey };
    expect((await get(opts)).ErrorCode).toBe(100004);
    expect((await get({ ...opts, identifier: ADMIN })).ErrorCode).toBe(60010);
  });

  it("answers 60002 to other methods, 60009 to unknown paths and 60003 to bad bodies", async () => {
    expect((await trtcCall(sb.url, "get_room_info", null, { method: "GET" })).json.ErrorCode).toBe(60002);
    expect((await trtcCall(sb.url, "room_engine_http_srv/no_such", {})).json.ErrorCode).toBe(60009);
    // A seat command lives under room_engine_http_mic (docs/trtc-api.md §1.1): under the room service it is unknown.
    expect((await trtcCall(sb.url, "room_engine_http_srv/get_seat_list", {})).json.ErrorCode).toBe(60009);
    const bare = await fetch(`${sb.url}/`, { method: "POST", body: "{}" });
    expect(bare.status).toBe(200);
    expect(await bare.json()).toMatchObject({ ActionStatus: "FAIL", ErrorCode: 60009 });
    for (const rawBody of ["{not json", "", "[1,2]", '"text"', "null"]) {
      const r = await trtcCall(sb.url, "create_room", null, { rawBody });
      expect({ rawBody, code: r.json.ErrorCode }).toEqual({ rawBody, code: 60003 });
    }
  });

  it("numbers RequestIds in increasing order", async () => {
    const seqs = [];
    for (let i = 0; i < 3; i++) seqs.push(Number((await get()).RequestId.split("-").pop()));
    expect(seqs[1]).toBeGreaterThan(seqs[0] as number);
    expect(seqs[2]).toBeGreaterThan(seqs[1] as number);
  });

  it("records every call, refused ones included, without the UserSig", async () => {
    await get({ identifier: "alice" });
    await get();
    const calls = sb.calls();
    expect(calls.map((c) => [c.command, c.identifier, c.errorCode])).toEqual([
      ["get_room_info", "alice", 60010],
      ["get_room_info", ADMIN, 100004],
    ]);
    expect(calls[1]).toMatchObject({ sdkAppId: String(APP.sdkAppId), body: { RoomId: "nope" }, fault: null });
    expect(calls[1]?.requestId).toMatch(REQUEST_ID);
    expect(JSON.stringify(calls)).not.toMatch(/usersig|eJy/i);
  });
});
