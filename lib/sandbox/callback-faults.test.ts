import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { callbackSign } from "@/lib/trtc/callback-sign";
import { configCall, startReceiver } from "@/tests/callback-receiver";
import { roomBody } from "@/tests/room-bodies";
import { manualClock } from "@/tests/sandbox-calls";
import { run } from "@/tests/sandbox-people";
import { APP } from "@/tests/trtc-test-app";
import { startSandbox } from "./server";
import type { RunningSandbox } from "./types";

/**
 * The callback token (docs/trtc-api.md §6.5) and the delivery faults a receiver must survive: the same
 * callback twice, a pair swapped, a late one. Waits go through an injected sleep the test releases.
 */

const TOKEN = "sandbox-callback-token";
const clock = manualClock();
const waits: { ms: number; release: () => void }[] = [];
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    waits.push({ ms, release: resolve });
    signal.addEventListener("abort", () => reject(signal.reason as Error), { once: true });
  });
}

let sb: RunningSandbox;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
beforeAll(async () => {
  receiver = await startReceiver();
  sb = await startSandbox({ apps: [APP], port: 0, now: clock.now, sleep, callbackToken: TOKEN });
});
afterAll(async () => {
  await sb.close();
  await receiver.close();
});

async function control(method: string, path: string, body?: unknown) {
  const res = await fetch(`${sb.url}/__sandbox/${path}`, {
    method,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

const create = async (roomId: string) =>
  expect((await run(sb.url, "create_room", roomBody(roomId))).code).toBe(0);
async function arrived() {
  await sb.callbacksSettled();
  return receiver.received.splice(0);
}
const roomsOf = (got: { body: Record<string, unknown> }[]) =>
  got.map((r) => (r.body.RoomInfo as { RoomId: string }).RoomId);

beforeEach(async () => {
  sb.reset();
  receiver.received.length = 0;
  waits.length = 0;
  clock.advance(10_000);
  const config = { Url: `${receiver.base}/hook`, CallbackCommandList: ["Room.CallbackAfterCreateRoom"] };
  expect((await configCall(sb.url, "set_callback", config)).code).toBe(0);
});

describe("the callback token", () => {
  it("signs each callback with Sign = sha256(Token + RequestTime), RequestTime from the sandbox's clock", async () => {
    await create("signed");
    const [got] = await arrived();
    expect(got!.query.RequestTime).toBe(String(clock.seconds()));
    expect(got!.query.Sign).toBe(callbackSign(TOKEN, clock.seconds()));
    expect(Object.keys(got!.query).slice(-2)).toEqual(["Sign", "RequestTime"]);
  });

  it("is set and cleared at run time; reset goes back to the configured one", async () => {
    expect(await control("POST", "callback-token", { Token: null })).toEqual({
      status: 200,
      json: { signing: false },
    });
    await create("unsigned");
    const [unsigned] = await arrived();
    expect(unsigned!.query).not.toHaveProperty("Sign");
    expect(unsigned!.query).not.toHaveProperty("RequestTime");

    expect((await control("POST", "callback-token", { Token: "other" })).status).toBe(200);
    await create("other");
    const [other] = await arrived();
    expect(other!.query.Sign).toBe(callbackSign("other", other!.query.RequestTime!));

    expect((await control("POST", "callback-token", { Token: "" })).status).toBe(400);
    expect((await control("POST", "callback-token", { Token: "x".repeat(129) })).status).toBe(400);
    expect((await control("POST", "callback-token", {})).status).toBe(400);

    sb.reset();
    await configCall(sb.url, "set_callback", {
      Url: `${receiver.base}/hook`,
      CallbackCommandList: ["Room.CallbackAfterCreateRoom"],
    });
    await create("again");
    const [again] = await arrived();
    expect(again!.query.Sign).toBe(callbackSign(TOKEN, again!.query.RequestTime!));
  });
});

describe("callback faults", () => {
  it("are read back, refused when malformed, and cleared by reset", async () => {
    expect(await control("GET", "callback-faults")).toEqual({
      status: 200,
      json: { duplicate: false, reorder: false, delayMs: 0 },
    });
    expect((await control("POST", "callback-faults", { duplicate: true, delayMs: 5 })).json).toEqual({
      duplicate: true,
      reorder: false,
      delayMs: 5,
    });
    expect((await control("GET", "callback-faults")).json).toEqual({
      duplicate: true,
      reorder: false,
      delayMs: 5,
    });
    for (const bad of [
      { duplicate: "yes" },
      { delayMs: 60_001 },
      { delayMs: 1.5 },
      { delayMs: -1 },
      { drop: true },
      [],
    ]) {
      expect((await control("POST", "callback-faults", bad)).status, JSON.stringify(bad)).toBe(400);
    }
    await control("POST", "reset");
    expect((await control("GET", "callback-faults")).json).toEqual({
      duplicate: false,
      reorder: false,
      delayMs: 0,
    });
  });

  it("duplicate delivers each callback twice, with the same body and query", async () => {
    await control("POST", "callback-faults", { duplicate: true });
    await create("twice");
    const got = await arrived();
    expect(got).toHaveLength(2);
    expect(got[1]).toEqual(got[0]);
    expect(sb.callbacks()).toHaveLength(2);
  });

  it("reorder sends each pair newest first; the odd one waits for the next, or for a flush", async () => {
    await control("POST", "callback-faults", { reorder: true });
    await create("a");
    await create("b");
    await create("c");
    expect(roomsOf(await arrived())).toEqual(["b", "a"]);
    await create("d");
    expect(roomsOf(await arrived())).toEqual(["d", "c"]);
    await create("e");
    expect(await arrived()).toEqual([]);
    expect(await control("POST", "callbacks/flush")).toEqual({ status: 200, json: { flushed: 1 } });
    expect(roomsOf(await arrived())).toEqual(["e"]);
  });

  it("delayMs waits before each delivery, through the sandbox's sleep", async () => {
    await control("POST", "callback-faults", { delayMs: 2500 });
    await create("late");
    await vi.waitFor(() => expect(waits).toHaveLength(1));
    expect(waits[0]!.ms).toBe(2500);
    expect(receiver.received).toEqual([]);
    waits[0]!.release();
    expect(roomsOf(await arrived())).toEqual(["late"]);
  });
});
