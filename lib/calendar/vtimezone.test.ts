import { describe, expect, it } from "vitest";
import { boundedMemo } from "./bounded-memo";
import { buildVtimezoneLines, cachedVtimezoneLines, vtimezoneLines } from "./vtimezone";

/** A cache over the real builder that records every (zone, year) it had to build. */
function counted(limit?: number) {
  const built: string[] = [];
  const lines = cachedVtimezoneLines((zone, year) => {
    built.push(`${zone} ${year}`);
    return buildVtimezoneLines(zone, year);
  }, limit);
  return { lines, built };
}

describe("cached VTIMEZONE lines", () => {
  it("builds a (zone, year) once: the second call returns the first call's lines", () => {
    const { lines, built } = counted();
    const first = lines("Europe/Berlin", 2027);
    const second = lines("Europe/Berlin", 2027);
    expect(second).toBe(first);
    expect(built).toEqual(["Europe/Berlin 2027"]);
    expect(first).toEqual(buildVtimezoneLines("Europe/Berlin", 2027));
  });

  it("another zone or another year is built on its own and gets its own lines", () => {
    const { lines, built } = counted();
    const berlin27 = lines("Europe/Berlin", 2027);
    const berlin28 = lines("Europe/Berlin", 2028);
    const sydney27 = lines("Australia/Sydney", 2027);
    expect(built).toEqual(["Europe/Berlin 2027", "Europe/Berlin 2028", "Australia/Sydney 2027"]);
    expect(berlin28).not.toEqual(berlin27);
    expect(berlin28).toEqual(buildVtimezoneLines("Europe/Berlin", 2028));
    expect(sydney27).toContain("TZID:Australia/Sydney");
    expect(berlin27).toContain("TZID:Europe/Berlin");
  });

  it("keeps at most `limit` entries and drops the least recently used first", () => {
    const { lines, built } = counted(2);
    lines("Europe/Berlin", 2027);
    lines("Asia/Tokyo", 2027);
    lines("Europe/Berlin", 2027); // used again: Tokyo is now the oldest
    lines("America/New_York", 2027);
    lines("Europe/Berlin", 2027);
    lines("Asia/Tokyo", 2027);
    expect(built).toEqual([
      "Europe/Berlin 2027",
      "Asia/Tokyo 2027",
      "America/New_York 2027",
      "Asia/Tokyo 2027",
    ]);
  });

  it("the shared lines cannot be changed by one caller under another", () => {
    const lines = vtimezoneLines("Europe/Berlin", 2027);
    expect(vtimezoneLines("Europe/Berlin", 2027)).toBe(lines);
    expect(Object.isFrozen(lines)).toBe(true);
  });
});

describe("boundedMemo", () => {
  it("keys by keyOf, so arguments that read alike stay apart", () => {
    const calls: string[] = [];
    const memo = boundedMemo(
      8,
      (a: string, b: string) => JSON.stringify([a, b]),
      (a, b) => {
        calls.push(`${a}|${b}`);
        return `${a}|${b}`;
      },
    );
    expect(memo("a b", "c")).toBe("a b|c");
    expect(memo("a", "b c")).toBe("a|b c");
    expect(memo("a b", "c")).toBe("a b|c");
    expect(calls).toEqual(["a b|c", "a|b c"]);
  });
});
