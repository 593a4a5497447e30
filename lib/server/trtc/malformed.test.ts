import "server-only";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTrtcClient } from "./client";
import type { TrtcCallFailure, TrtcCallResult } from "./types";

// The sandbox always answers well-formed envelopes, so answers it never gives come from this tiny stub.
let reply: { status: number; body: string; contentType?: string } = { status: 200, body: "" };
let lastUrl = "";
let server: Server;
let baseUrl = "";
const RID = "Id-0123456789abcdef0123456789abcdef-O-Seq-7";
const SECRET = "stub-secret";

beforeAll(async () => {
  server = createServer((req, res) => {
    lastUrl = req.url ?? "";
    req.resume();
    req.on("end", () => {
      res.writeHead(reply.status, { "content-type": reply.contentType ?? "application/json" });
      res.end(reply.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const client = () =>
  createTrtcClient({ baseUrl, sdkAppId: 1400000000, secretKey: SECRET, adminUserId: "admin" });
const envelope = (extra: object) =>
  JSON.stringify({ ActionStatus: "OK", ErrorCode: 0, ErrorInfo: "", RequestId: RID, ...extra });

function failure(result: TrtcCallResult<unknown>): TrtcCallFailure {
  if (result.ok) throw new Error("expected a failure, got success");
  return result;
}

describe("answers that are not what Tencent documents", () => {
  it("a 200 with a body that is not JSON is malformed, not retryable", async () => {
    reply = { status: 200, body: "<html>captive portal</html>", contentType: "text/html" };
    const result = failure(
      await client().run("create_room", { RoomInfo: { RoomId: "r", RoomType: "Conference" } }),
    );
    expect(result.error).toMatchObject({
      kind: "malformed",
      retryable: "no",
      httpStatus: 200,
      requestId: null,
    });
    expect(result.responseBody).toBe("<html>captive portal</html>");
  });

  it("a 200 JSON without the envelope fields is malformed and names the field", async () => {
    reply = { status: 200, body: JSON.stringify({ ActionStatus: "OK", ErrorCode: "0" }) };
    const result = failure(await client().run("destroy_room", { RoomId: "r" }));
    expect(result.error.kind).toBe("malformed");
    expect(result.error.message).toContain("ErrorCode");
  });

  it("ErrorCode 0 with ActionStatus FAIL, or without a RequestId, is malformed", async () => {
    reply = { status: 200, body: envelope({ ActionStatus: "FAIL" }) };
    expect(failure(await client().run("destroy_room", { RoomId: "r" })).error).toMatchObject({
      kind: "malformed",
      requestId: RID,
    });
    reply = { status: 200, body: envelope({ RequestId: undefined }) };
    expect(failure(await client().run("destroy_room", { RoomId: "r" })).error.kind).toBe("malformed");
  });

  it("get_room_info without a usable RoomInfo is malformed but keeps the RequestId", async () => {
    reply = { status: 200, body: envelope({ Response: { RoomInfo: { RoomName: "no id" } } }) };
    const result = failure(await client().run("get_room_info", { RoomId: "r" }));
    expect(result.error).toMatchObject({ kind: "malformed", requestId: RID });
    expect(result.requestId).toBe(RID);
    expect(result.error.message).toContain("RoomInfo.RoomId");
  });

  it("get_room_info tolerates fields Tencent adds and keeps them", async () => {
    const RoomInfo = { RoomId: "r", RoomName: "n", RoomStatus: "NotStarted", SomethingNew: [1] };
    reply = { status: 200, body: envelope({ Response: { RoomInfo, AlsoNew: true } }) };
    const result = await client().run("get_room_info", { RoomId: "r" });
    expect(result).toMatchObject({ ok: true, requestId: RID, response: { RoomInfo } });
  });

  it("a non-200 status is an http error even with an envelope, retryable only for 429/502/503/504", async () => {
    reply = { status: 503, body: envelope({ ActionStatus: "FAIL", ErrorCode: 100001, ErrorInfo: "busy" }) };
    const unavailable = failure(await client().run("get_room_info", { RoomId: "r" }));
    expect(unavailable.error).toMatchObject({
      kind: "http",
      httpStatus: 503,
      retryable: "yes",
      code: 100001,
    });
    expect(unavailable.requestId).toBe(RID);
    reply = { status: 429, body: "" };
    expect(failure(await client().run("get_room_info", { RoomId: "r" })).error).toMatchObject({
      retryable: "after-pause",
    });
    reply = { status: 500, body: "" };
    expect(failure(await client().run("get_room_info", { RoomId: "r" })).error).toMatchObject({
      kind: "http",
      retryable: "no",
    });
    reply = { status: 404, body: "" };
    expect(failure(await client().run("get_room_info", { RoomId: "r" })).error).toMatchObject({
      kind: "http",
      retryable: "no",
    });
  });

  it("upstream text that echoes the request URL is stored with the UserSig redacted", async () => {
    reply = { status: 200, body: "" };
    await client().run("get_room_info", { RoomId: "r" });
    const sig = new URL(lastUrl, baseUrl).searchParams.get("usersig") ?? "";
    expect(sig.length).toBeGreaterThan(20);
    reply = { status: 400, body: `bad request: ${lastUrl}`, contentType: "text/plain" };
    const text = failure(await client().run("get_room_info", { RoomId: "r" }));
    reply = { status: 200, body: envelope({ ErrorCode: 60002, ErrorInfo: `cannot parse ${lastUrl}` }) };
    const upstream = failure(await client().run("get_room_info", { RoomId: "r" }));
    for (const result of [text, upstream]) {
      expect(JSON.stringify(result)).not.toContain(sig);
      expect(result.error.message).not.toContain(sig);
    }
    expect(String(text.responseBody)).toContain("usersig=[redacted]");
    expect(upstream.error.errorInfo).toContain("usersig=[redacted]");
  });
});
