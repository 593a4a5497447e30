import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createFaultMix, parseFaultMix } from "./fault-mix";
import { startSandbox } from "./server";
import { APP } from "@/tests/trtc-test-app";
import { roomBody } from "@/tests/room-bodies";
import { trtcCall, trtcUrl } from "@/tests/sandbox-calls";
import type { RunningSandbox } from "./types";

describe("parseFaultMix", () => {
  it("accepts kinds with rates, and latency with its ms", () => {
    expect(
      parseFaultMix({
        command: "create_room",
        entries: [
          { kind: "http502", rate: 0.2 },
          { kind: "latency", ms: 300, rate: 0.5 },
        ],
      }),
    ).toEqual({
      command: "create_room",
      entries: [
        { kind: "http502", rate: 0.2 },
        { kind: "latency", ms: 300, rate: 0.5 },
      ],
    });
  });

  it.each([
    [
      {
        entries: [
          { kind: "http502", rate: 0.7 },
          { kind: "hang", rate: 0.4 },
        ],
      },
      "add up to more than 1",
    ],
    [{ entries: [{ kind: "http502", rate: -0.1 }] }, "entries.0.rate must be between 0 and 1"],
    [{ entries: [{ kind: "http502" }] }, "entries.0.rate must be between 0 and 1"],
    [{ entries: [{ kind: "nope", rate: 0.1 }] }, "entries.0: kind must be one of"],
    [{ entries: [{ kind: "latency", rate: 0.1 }] }, "entries.0: latency needs ms"],
    [{ entries: [{ kind: "hang", rate: 0.1, times: 2 }] }, "entries.0 takes kind, rate and ms only"],
    [{ command: "", entries: [] }, "command must be a string"],
    [[], "fault mix must be"],
  ])("refuses %j", (input, message) => {
    expect(parseFaultMix(input)).toContain(message);
  });
});

describe("createFaultMix", () => {
  const mixWith = (draws: number[]) => {
    const mix = createFaultMix(() => draws.shift()!);
    mix.set({
      command: "create_room",
      entries: [
        { kind: "http502", rate: 0.2 },
        { kind: "hang", rate: 0.1 },
      ],
    });
    return mix;
  };

  it("gives each fault its share of the draws, and the rest none", () => {
    const mix = mixWith([0, 0.199, 0.2, 0.299, 0.301, 0.99]);
    const kinds = Array.from({ length: 6 }, () => mix.draw("room_engine_http_srv", "create_room")?.kind);
    expect(kinds).toEqual(["http502", "http502", "hang", "hang", undefined, undefined]);
  });

  it("leaves other commands alone and draws nothing for them", () => {
    const mix = mixWith([0]);
    expect(mix.draw("room_engine_http_srv", "get_room_info")).toBeNull();
    expect(mix.draw("room_engine_http_srv", "create_room")?.kind).toBe("http502");
  });
});

describe("the fault mix over HTTP", () => {
  let sb: RunningSandbox;
  const draws: number[] = [];
  beforeAll(async () => {
    sb = await startSandbox({ apps: [APP], port: 0, random: () => draws.shift() ?? 0.99 });
  });
  afterAll(() => sb.close());
  beforeEach(() => sb.reset());

  const control = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${sb.url}/__sandbox/${path}`, {
      method,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, json: (await res.json()) as unknown };
  };
  const createStatus = async (id: string) =>
    (await fetch(trtcUrl(sb.url, "create_room"), { method: "POST", body: JSON.stringify(roomBody(id)) }))
      .status;

  it("is set, read back, applied per call after queued faults, and cleared by reset", async () => {
    const mix = { command: "create_room", entries: [{ kind: "http502", rate: 0.5 }] };
    expect(await control("POST", "fault-mix", mix)).toEqual({ status: 200, json: mix });
    expect((await control("GET", "fault-mix")).json).toEqual(mix);

    draws.push(0.1, 0.9);
    expect(await createStatus("m1")).toBe(502);
    expect(await createStatus("m1")).toBe(200);
    // A queued fault comes first and takes no draw.
    sb.injectFault({ kind: "error100001", command: "create_room" });
    draws.push(0.1);
    expect((await trtcCall(sb.url, "create_room", roomBody("m2"))).json.ErrorCode).toBe(100001);
    expect(await createStatus("m2")).toBe(502);
    expect(sb.calls().map((c) => c.fault)).toEqual(["http502", null, "error100001", "http502"]);
    expect(sb.rooms().map((r) => r.RoomId)).toEqual(["m1"]);

    await control("POST", "reset");
    expect((await control("GET", "fault-mix")).json).toEqual({ entries: [] });
    draws.push(0.1);
    expect(await createStatus("m3")).toBe(200);
  });

  it("refuses a malformed mix with the reason", async () => {
    expect(await control("POST", "fault-mix", { entries: [{ kind: "hang", rate: 2 }] })).toEqual({
      status: 400,
      json: { error: "entries.0.rate must be between 0 and 1" },
    });
  });

  it("health counts every call received, so a reader can tell whether /calls kept them all", async () => {
    await trtcCall(sb.url, "get_room_info", { RoomId: "none" });
    await trtcCall(sb.url, "get_room_info", { RoomId: "none" });
    expect((await control("GET", "health")).json).toMatchObject({ callsReceived: 2 });
  });
});
