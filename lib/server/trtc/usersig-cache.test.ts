import "server-only";
import { decodeUserSig } from "@/lib/trtc/usersig";
import { describe, expect, it } from "vitest";
import { createUserSigCache, renewalMarginSeconds } from "./usersig-cache";

const T0 = 1_700_000_000_000;

function cacheAt(clock: { now: number }, ttlSeconds = 86400) {
  return createUserSigCache({
    secretKey: "k",
    sdkAppId: 1400000000,
    identifier: "administrator",
    ttlSeconds,
    now: () => clock.now,
  });
}

const timeOf = (sig: string) => decodeUserSig(sig)?.["TLS.time"];

describe("UserSig cache", () => {
  it("renews with a quarter of the lifetime or an hour left, whichever is more, at most half", () => {
    expect(renewalMarginSeconds(86400)).toBe(21600);
    expect(renewalMarginSeconds(8 * 3600)).toBe(7200);
    expect(renewalMarginSeconds(3 * 3600)).toBe(3600);
    expect(renewalMarginSeconds(3600)).toBe(1800);
    expect(renewalMarginSeconds(2)).toBe(1);
  });

  it("reuses the sig until renewal is due, then signs with the current time", () => {
    const clock = { now: T0 };
    const cache = cacheAt(clock);
    const first = cache.current();
    expect(timeOf(first)).toBe(T0 / 1000);
    clock.now = T0 + (86400 - 21600) * 1000 - 1;
    expect(cache.current()).toBe(first);
    clock.now += 1;
    const second = cache.current();
    expect(second).not.toBe(first);
    expect(timeOf(second)).toBe(clock.now / 1000);
    expect(decodeUserSig(second)?.["TLS.expire"]).toBe(86400);
  });

  it("signs again after invalidate even when the cached sig is fresh", () => {
    const clock = { now: T0 };
    const cache = cacheAt(clock);
    const first = cache.current();
    clock.now += 5000;
    expect(cache.current()).toBe(first);
    cache.invalidate();
    expect(timeOf(cache.current())).toBe(T0 / 1000 + 5);
  });

  it("still reuses short-lived sigs for half their lifetime", () => {
    const clock = { now: T0 };
    const cache = cacheAt(clock, 600);
    const first = cache.current();
    clock.now += 299_000;
    expect(cache.current()).toBe(first);
    clock.now += 1000;
    expect(cache.current()).not.toBe(first);
  });
});
