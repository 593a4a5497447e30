import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSandbox } from "./server";
import { APP } from "@/tests/trtc-test-app";
import { manualClock, trtcCall } from "@/tests/sandbox-calls";
import type { RunningSandbox } from "./types";

const clock = manualClock();
let sb: RunningSandbox;

beforeAll(async () => {
  sb = await startSandbox({ apps: [APP], port: 0, now: clock.now });
});
afterAll(() => sb.close());

describe("rate limit", () => {
  it("refuses the 201st call within one second with 60007, then recovers", async () => {
    const call = () => trtcCall(sb.url, "get_room_info", { RoomId: "r" }).then((r) => r.json.ErrorCode);
    // The clock stands still, so all 200 land in the same second however slow the machine is.
    const first = await Promise.all(Array.from({ length: 200 }, call));
    expect(first.every((code) => code === 100004)).toBe(true);
    expect(await call()).toBe(60007);
    clock.advance(1001);
    expect(await call()).toBe(100004);
  });

  it("counts per SDKAppID and honours rateLimitPerSecond", async () => {
    const other = { ...APP, sdkAppId: 1400000009 };
    const small = await startSandbox({ apps: [APP, other], port: 0, now: clock.now, rateLimitPerSecond: 2 });
    try {
      const call = (sdkAppId: number) =>
        trtcCall(small.url, "get_room_info", { RoomId: "r" }, { sdkAppId }).then((r) => r.json.ErrorCode);
      expect([await call(APP.sdkAppId), await call(APP.sdkAppId), await call(APP.sdkAppId)]).toEqual([
        100004, 100004, 60007,
      ]);
      expect(await call(other.sdkAppId)).toBe(100004);
    } finally {
      await small.close();
    }
  });
});
