import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
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
    const seen = (n: number) => vi.waitFor(() => expect(own.calls()).toHaveLength(n), { timeout: 10_000 });
    own.injectFault({ kind: "hang" });
    const giveUp = new AbortController();
    const call = trtcCall(own.url, "create_room", roomBody("h"), { signal: giveUp.signal });
    await seen(1);
    giveUp.abort();
    await expect(call).rejects.toThrow(/abort/i);
    expect(own.rooms()).toEqual([]);
    // A second hung request still open while closing must not keep close() waiting (else: test timeout).
    own.injectFault({ kind: "hang" });
    const pending = fetch(trtcUrl(own.url, "get_room_info"), { method: "POST", body: "{}" });
    await seen(2);
    await own.close();
    await expect(pending).rejects.toThrow();
  });

  it("error100001: an internal-error envelope, and nothing done", async () => {
    sb.injectFault({ kind: "error100001", command: "create_room" });
    const r = await create("b");
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ ActionStatus: "FAIL", ErrorCode: 100001, ErrorInfo: "internal error" });
    expect(roomIds()).toEqual([]);
  });

  it("latency: holds the answer (and the change) back for ms, then answers normally", async () => {
    const waits: number[] = [];
    let release = () => {};
    const own = await startSandbox({
      apps: [APP],
      port: 0,
      sleep: (ms) => {
        waits.push(ms);
        return new Promise<void>((resolve) => (release = resolve));
      },
    });
    try {
      own.injectFault({ kind: "latency", ms: 250, command: "create_room" });
      let answered = false;
      const pending = trtcCall(own.url, "create_room", roomBody("slow")).finally(() => (answered = true));
      await vi.waitFor(() => expect(waits).toEqual([250]), { timeout: 10_000 });
      expect(own.rooms()).toEqual([]);
      expect(answered).toBe(false);
      release();
      expect((await pending).json.ErrorCode).toBe(0);
      expect(own.rooms().map((r) => r.RoomId)).toEqual(["slow"]);
    } finally {
      await own.close();
    }
  });

  it("latency: the default real timer answers normally afterwards", async () => {
    sb.injectFault({ kind: "latency", ms: 1, command: "create_room" });
    expect((await create("slow")).json.ErrorCode).toBe(0);
    expect(sb.calls()[0]).toMatchObject({ fault: "latency", errorCode: 0 });
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
