import { describe, expect, it } from "vitest";
import { summarize } from "@/scripts/lib/test-summary-counts.mjs";

const unit = { numPassedTests: 10, numFailedTests: 0, numPendingTests: 1 };
const stats = (s: Partial<Record<"expected" | "unexpected" | "flaky" | "skipped", number>>) => ({
  expected: 0,
  unexpected: 0,
  flaky: 0,
  skipped: 0,
  ...s,
});

describe("the closing line of the test command", () => {
  it("adds both reports", () => {
    const s = summarize(unit, { stats: stats({ expected: 5, flaky: 1, unexpected: 2, skipped: 3 }) }, 0);
    expect(s.lines.at(-1)).toBe("tests: 16 passed, 2 failed, 4 skipped");
  });

  it("fails when the browser tests stopped before any test, say on a port already in use", () => {
    const s = summarize(
      unit,
      {
        stats: stats({}),
        errors: [{ message: "Error: http://127.0.0.1:3102/api/health is already used, make sure …\nmore" }],
      },
      0,
    );
    expect(s.failed).toBe(1);
    expect(s.lines).toContain(
      "e2e: 1 error(s) outside any test (counted as failed): Error: http://127.0.0.1:3102/api/health is already used, make sure …",
    );
    expect(s.lines.at(-1)).toBe("tests: 10 passed, 1 failed, 1 skipped");
  });

  it("fails when the browser run reports no test at all", () => {
    const s = summarize(unit, { stats: stats({}) }, 0);
    expect(s.lines.at(-1)).toBe("tests: 10 passed, 1 failed, 1 skipped");
  });

  it("counts a missing report and failed checks as failures", () => {
    expect(summarize(null, null, 2).lines.at(-1)).toBe("tests: 0 passed, 4 failed");
  });

  it("fails a unit run whose file did not load, or that ran nothing", () => {
    const broken = {
      numPassedTests: 10,
      numFailedTests: 0,
      numTotalTests: 10,
      numFailedTestSuites: 1,
      success: false,
    };
    expect(summarize(broken, { stats: stats({ expected: 1 }) }, 0).lines.at(-1)).toBe(
      "tests: 11 passed, 1 failed",
    );
    const none = { numPassedTests: 0, numFailedTests: 0, numTotalTests: 0, success: true };
    expect(summarize(none, { stats: stats({ expected: 1 }) }, 0).lines.at(-1)).toBe(
      "tests: 1 passed, 1 failed",
    );
  });

  it("fails a runner that exited non-zero with no failed test in its report (an unhandled error)", () => {
    const green = { stats: stats({ expected: 1 }) };
    const s = summarize({ ...unit, numTotalTests: 11, success: true }, green, 0, { unit: 1, e2e: 0 });
    expect(s.lines).toContain("unit: the runner exited 1 with no failed test (counted as 1 failed)");
    expect(s.failed).toBe(1);
    expect(summarize(unit, green, 0, { unit: 0, e2e: 1 }).failed).toBe(1);
    // Failures already counted are not counted again because the runner said so too.
    expect(summarize(unit, { stats: stats({ unexpected: 2 }) }, 0, { e2e: 1 }).failed).toBe(2);
  });
});
