import { describe, expect, it } from "vitest";
import type { SandboxCall } from "@/lib/sandbox/types";
import { creationPace, jobCounts, maxPerSecond, type JobRowFact } from "@/scripts/lib/bulk-bench-counts";

function create(roomId: string, errorCode: number | null, at = 0): SandboxCall {
  return {
    at,
    command: "create_room",
    sdkAppId: "1400000001",
    identifier: "administrator",
    random: String(at),
    body: { RoomInfo: { RoomId: roomId, RoomType: "Conference" } },
    errorCode,
    requestId: `Id-${roomId}-${at}`,
    fault: null,
  };
}

const row = (
  n: number,
  status: string,
  errorKind: string | null = null,
  finishedAtMs: number | null = 1000,
) => ({ row: n, roomId: `r-${n}`, status, errorKind, finishedAtMs }) satisfies JobRowFact;

describe("maxPerSecond", () => {
  it("counts stamps less than a second apart as one window, whatever their order", () => {
    expect(maxPerSecond([])).toBe(0);
    expect(maxPerSecond([1999, 1000, 1500, 3000])).toBe(3);
    // 1000 ms apart is the next window: 0 and 1000 never share one.
    expect(maxPerSecond([0, 1000, 2000])).toBe(1);
  });
});

describe("jobCounts", () => {
  it("counts a row created when it is stored scheduled and the sandbox made its room", () => {
    const c = jobCounts([row(1, "scheduled"), row(2, "scheduled")], [create("r-1", 0), create("r-2", 0)]);
    expect(c).toMatchObject({ rows: 2, created: 2, failed: 0, lost: 0, duplicates: 0, createCalls: 2 });
  });

  it("counts a failed row with its reason as failed, not lost", () => {
    const c = jobCounts([row(1, "failed", "failed:rejected")], [create("r-1", 100001)]);
    expect(c).toMatchObject({ created: 0, failed: 1, lost: 0, createCalls: 1 });
  });

  it("counts as lost a row still waiting, one scheduled with no room, one failed without a reason, and one failed while its room exists", () => {
    const rows = [
      row(1, "queued", null, null),
      row(2, "scheduled"),
      row(3, "failed", null),
      row(4, "failed", "failed:timeout"),
    ];
    const c = jobCounts(rows, [create("r-4", 0)]);
    expect(c).toMatchObject({ created: 0, failed: 0, lost: 4 });
  });

  it("counts every room beyond the first made for a row's RoomId as a duplicate; refused creates are not rooms", () => {
    const calls = [
      create("r-1", 0, 1),
      create("r-1", 0, 2),
      create("r-1", 0, 3),
      create("r-2", 0),
      create("r-2", 40000),
    ];
    const c = jobCounts([row(1, "scheduled"), row(2, "scheduled")], calls);
    expect(c).toMatchObject({ created: 2, duplicates: 2, createCalls: 5 });
  });

  it("leaves out creates for rooms that are not the job's, and takes the last row's end", () => {
    const c = jobCounts(
      [row(1, "scheduled", null, 5000), row(2, "scheduled", null, 7000)],
      [create("r-1", 0), create("r-2", 0), create("interactive-1", 0), create("interactive-1", 0)],
    );
    expect(c).toMatchObject({ duplicates: 0, createCalls: 2, lastDoneMs: 7000 });
  });
});

describe("creationPace", () => {
  it("takes the delay to the first create and the median of the whole seconds after it", () => {
    // Seconds from the first create: 3, 5 and 4 creates, then a partial last second of 1.
    const stamps = [1200, 1300, 1400, 2200, 2300, 2400, 2500, 2600, 3200, 3300, 3400, 3500, 4200];
    expect(creationPace(stamps, 1000)).toEqual({ firstMs: 200, medianPerSecond: 4 });
  });

  it("has no pace without creates", () => {
    expect(creationPace([], 0).medianPerSecond).toBe(0);
  });
});
