import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startSandbox } from "./server";
import { APP } from "@/tests/trtc-test-app";
import { roomBody } from "@/tests/room-bodies";
import { trtcCall, trtcUrl } from "@/tests/sandbox-calls";
import type { RunningSandbox } from "./types";

let sb: RunningSandbox;
beforeAll(async () => {
  sb = await startSandbox({ apps: [APP], port: 0 });
});
afterAll(() => sb.close());
beforeEach(() => sb.reset());

const create = (id: string) => trtcCall(sb.url, "create_room", roomBody(id));
const roomIds = () => sb.rooms().map((r) => r.RoomId);

describe("injected faults", () => {
  it("http502: a gateway HTML page with status 502, and no room", async () => {
    sb.injectFault({ kind: "http502", command: "create_room" });
    const res = await fetch(trtcUrl(sb.url, "create_room"), {
      method: "POST",
      body: JSON.stringify(roomBody("a")),
    });
    expect(res.status).toBe(502);
    expect(res.headers.get("content-type")).toMatch(/text\/html/);
    expect(await res.text()).toMatch(/<html>[\s\S]*502 Bad Gateway/);
    expect(roomIds()).toEqual([]);
    expect(sb.calls()[0]).toMatchObject({
      command: "create_room",
      fault: "http502",
      errorCode: null,
      requestId: null,
    });
  });

  it("hang: the client gives up, and close() still returns", async () => {
    const own = await startSandbox({ apps: [APP], port: 0 });
    own.injectFault({ kind: "hang" });
    const call = trtcCall(own.url, "create_room", roomBody("h"), { signal: AbortSignal.timeout(300) });
    await expect(call).rejects.toThrow(/timeout|aborted/i);
    expect(own.rooms()).toEqual([]);
    // A second hung request still open while closing must not keep close() waiting.
    own.injectFault({ kind: "hang" });
    const pending = fetch(trtcUrl(own.url, "get_room_info"), { method: "POST", body: "{}" });
    while (own.calls().length < 2) await new Promise((r) => setTimeout(r, 5));
    const started = Date.now();
    await own.close();
    expect(Date.now() - started).toBeLessThan(1000);
    await expect(pending).rejects.toThrow();
  });

  it("error100001: an internal-error envelope, and nothing done", async () => {
    sb.injectFault({ kind: "error100001", command: "create_room" });
    const r = await create("b");
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ ActionStatus: "FAIL", ErrorCode: 100001, ErrorInfo: "internal error" });
    expect(roomIds()).toEqual([]);
  });

  it("latency: answers normally after ms", async () => {
    sb.injectFault({ kind: "latency", ms: 250, command: "create_room" });
    const started = Date.now();
    const r = await create("slow");
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(r.json.ErrorCode).toBe(0);
    expect(roomIds()).toEqual(["slow"]);
  });

  it("createThenDrop: the socket closes without an answer, but the room exists", async () => {
    sb.injectFault({ kind: "createThenDrop", command: "create_room" });
    await expect(create("dropped")).rejects.toThrow();
    expect(roomIds()).toEqual(["dropped"]);
    expect(sb.calls()[0]).toMatchObject({ fault: "createThenDrop", errorCode: 0 });
    // A client retrying at once learns the room is there (created under a second ago).
    expect((await create("dropped")).json.ErrorCode).toBe(100012);
  });

  it("hits only the targeted command, only `times` times", async () => {
    sb.injectFault({ kind: "error100001", command: "get_room_info", times: 2 });
    expect((await create("t")).json.ErrorCode).toBe(0);
    const get = () => trtcCall(sb.url, "get_room_info", { RoomId: "t" }).then((r) => r.json.ErrorCode);
    expect([await get(), await get(), await get()]).toEqual([100001, 100001, 0]);
  });

  it("without a command, hits the next call of any kind; accepts service/command too", async () => {
    sb.injectFault({ kind: "error100001" });
    expect((await trtcCall(sb.url, "destroy_room", { RoomId: "x" })).json.ErrorCode).toBe(100001);
    sb.injectFault({ kind: "error100001", command: "room_engine_http_srv/destroy_room" });
    expect((await create("y")).json.ErrorCode).toBe(0);
    expect((await trtcCall(sb.url, "destroy_room", { RoomId: "y" })).json.ErrorCode).toBe(100001);
    expect((await trtcCall(sb.url, "destroy_room", { RoomId: "y" })).json.ErrorCode).toBe(0);
  });

  it("rejects a malformed fault instead of ignoring it", () => {
    expect(() => sb.injectFault({ kind: "latency" } as never)).toThrow(/ms/);
    expect(() => sb.injectFault({ kind: "explode" } as never)).toThrow(/kind/);
    expect(() => sb.injectFault({ kind: "hang", times: 0 })).toThrow(/times/);
  });

  it("reset() clears pending faults", async () => {
    sb.injectFault({ kind: "error100001", times: 5 });
    sb.reset();
    expect((await create("after-reset")).json.ErrorCode).toBe(0);
  });
});
