import type { StartBulkJobRequest } from "@/lib/bulk/job-request";
import { randomHex } from "./trtc-test-app";
import { intentRequest } from "./scheduling-deps";

/** A start request of `count` valid rows (sheet rows 1…count), each its own room. */
export function bulkRequest(count: number, prefix = `bk-${randomHex(4)}`): StartBulkJobRequest {
  return {
    source: { fileName: "week.csv", encoding: "utf-8" },
    rows: Array.from({ length: count }, (_, i) => ({
      row: i + 1,
      values: intentRequest({ roomId: `${prefix}-${i + 1}`, roomName: `Class ${i + 1}` }).values,
    })),
  };
}

/** A clock the test moves by hand. */
export function manualClock(start = Date.now()) {
  let now = start;
  return { now: () => now, advance: (ms: number) => void (now += ms) };
}
