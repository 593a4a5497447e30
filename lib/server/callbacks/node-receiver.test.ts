import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postChunks } from "@/tests/post-chunks";
import { ENGINES, openTestDb, type TestDb } from "@/tests/db-engines";
import { networkList } from "../network-list";
import type { HttpReceiverDeps } from "./http-receiver";
import { nodeCallbackReceiver } from "./node-receiver";
import { CALLBACK_MAX_BODY_BYTES } from "./receive";

const SDK_APP_ID = 1400000001;
const NOW_MS = Date.UTC(2026, 11, 2, 9, 0, 0);
const COMMAND = "Room.CallbackAfterMemberEnter";

const enter = (roomId: string) =>
  JSON.stringify({
    CallbackCommand: COMMAND,
    EventTime: NOW_MS,
    Operator_Account: "alice",
    RoomId: roomId,
    MemberCount: 1,
    Type: "Enter",
    MemberList_Account: ["alice"],
  });

const PATH = `/api/trtc/callback?${new URLSearchParams({ SdkAppid: String(SDK_APP_ID), CallbackCommand: COMMAND })}`;

/** Posts `chunks` to the callback path, one write at a time. */
const post = (port: number, chunks: string[], headers: Record<string, string> = {}) =>
  postChunks(port, PATH, chunks, headers);

describe.each(ENGINES)("the callback receiver before Next, on %s", (engine) => {
  let db: TestDb;
  let server: http.Server;
  let port: number;
  let deps: HttpReceiverDeps;
  let failing = false;

  beforeAll(async () => {
    db = await openTestDb(engine);
    deps = {
      db,
      sdkAppId: SDK_APP_ID,
      token: null,
      allowed: () => true,
      now: () => NOW_MS,
      trustedIpHeader: null,
      https: false,
    };
    const receive = nodeCallbackReceiver(async () => {
      if (failing) throw new Error("the database is down");
      return deps;
    });
    server = http.createServer((req, res) => void receive(req, res));
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    await db.dispose();
  });

  const eventsIn = async (roomId: string) =>
    (await db.kysely.selectFrom("room_events").select("id").where("room_id", "=", roomId).execute()).length;

  it("stores an event sent in pieces and answers Tencent's envelope with the strict headers", async () => {
    const body = enter(`node-${engine}-ok`);
    const answer = await post(port, [body.slice(0, 10), body.slice(10)]);
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ ActionStatus: "OK", ErrorInfo: "", ErrorCode: 0 });
    expect(answer.headers["content-type"]).toBe("application/json");
    expect(answer.headers["x-content-type-options"]).toBe("nosniff");
    expect(answer.headers["cache-control"]).toBe("no-store");
    expect(await eventsIn(`node-${engine}-ok`)).toBe(1);
    expect((await post(port, [body])).status).toBe(200);
    expect(await eventsIn(`node-${engine}-ok`)).toBe(1);
  });

  it("refuses a body over the limit, declared or not, and stores nothing", async () => {
    const roomId = `node-${engine}-large`;
    const padded = enter(roomId).replace("{", `{"Pad":"${"x".repeat(CALLBACK_MAX_BODY_BYTES)}",`);
    const streamed = await post(port, padded.match(/[\s\S]{1,4096}/g)!);
    expect(streamed.status).toBe(413);
    expect(JSON.parse(streamed.body)).toMatchObject({ ActionStatus: "FAIL", ErrorCode: 413 });
    expect(streamed.headers.connection).toBe("close");
    const declared = await post(port, [enter(roomId)], {
      "content-length": String(CALLBACK_MAX_BODY_BYTES + 1),
    });
    expect(declared.status).toBe(413);
    expect(await eventsIn(roomId)).toBe(0);
  });

  it("refuses a post from a web page (an Origin header) and stores nothing", async () => {
    const roomId = `node-${engine}-browser`;
    const answer = await post(port, [enter(roomId)], { origin: "https://evil.example" });
    expect(answer.status).toBe(403);
    expect(JSON.parse(answer.body)).toMatchObject({ ActionStatus: "FAIL", ErrorCode: 403 });
    expect(await eventsIn(roomId)).toBe(0);
  });

  it("answers 503 with a FAIL envelope when it cannot store, so Tencent sends it again", async () => {
    failing = true;
    try {
      const answer = await post(port, [enter(`node-${engine}-down`)]);
      expect(answer.status).toBe(503);
      expect(JSON.parse(answer.body)).toMatchObject({ ActionStatus: "FAIL", ErrorCode: 503 });
      expect(answer.headers["x-content-type-options"]).toBe("nosniff");
    } finally {
      failing = false;
    }
    expect((await post(port, [enter(`node-${engine}-down`)])).status).toBe(200);
    expect(await eventsIn(`node-${engine}-down`)).toBe(1);
  });

  it("checks the socket's address, not a header the sender wrote, unless a proxy is trusted", async () => {
    const roomId = `node-${engine}-network`;
    const allowed = networkList(["10.0.0.0/8"]);
    const spoofed = { "x-forwarded-for": "10.1.2.3", "x-real-ip": "10.1.2.3" };
    deps = { ...deps, allowed };
    try {
      const refused = await post(port, [enter(roomId)], spoofed);
      expect(refused.status).toBe(403);
      expect(await eventsIn(roomId)).toBe(0);
      deps = { ...deps, trustedIpHeader: "X-Real-IP" };
      expect((await post(port, [enter(roomId)], spoofed)).status).toBe(200);
      expect(await eventsIn(roomId)).toBe(1);
    } finally {
      deps = { ...deps, allowed: () => true, trustedIpHeader: null };
    }
  });
});
