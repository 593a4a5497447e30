// @ts-check
// The closing line's counts from Vitest's and Playwright's JSON reports (scripts/test-summary.mjs).

/**
 * @typedef {{ numPassedTests: number, numFailedTests: number, numPendingTests?: number, numTodoTests?: number, numTotalTests?: number, numFailedTestSuites?: number, success?: boolean }} UnitReport
 * @typedef {{ stats: { expected: number, unexpected: number, flaky: number, skipped: number }, errors?: { message?: string }[] }} E2eReport
 */

/**
 * @param {UnitReport | null} unit
 * @param {E2eReport | null} e2e
 * @param {number} checksFailed typecheck, lint and format steps that failed
 * @param {{ unit?: number, e2e?: number }} [exits] each runner's exit code, when known
 * @returns {{ lines: string[], passed: number, failed: number, skipped: number }}
 */
export function summarize(unit, e2e, checksFailed, exits = {}) {
  const lines = [];
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  if (unit) {
    passed += unit.numPassedTests;
    failed += unit.numFailedTests;
    skipped += (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
    lines.push(`unit: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed`);
    // A test file that does not load fails its suite with no failed test in it; nothing run is no pass.
    const brokenSuites =
      unit.success === false && unit.numFailedTests === 0 ? (unit.numFailedTestSuites ?? 0) : 0;
    let notRun = unit.numTotalTests === 0 ? 1 : brokenSuites;
    if (notRun === 0 && unit.numFailedTests === 0 && (exits.unit ?? 0) !== 0) notRun = 1;
    failed += notRun;
    if (unit.numTotalTests === 0) lines.push("unit: no test ran (counted as 1 failed)");
    else if (brokenSuites > 0)
      lines.push(`unit: ${brokenSuites} file(s) failed outside any test (counted as failed)`);
    else if (notRun > 0)
      lines.push(`unit: the runner exited ${exits.unit} with no failed test (counted as 1 failed)`);
  } else {
    failed += 1;
    lines.push("unit: no report (counted as 1 failed)");
  }
  if (e2e) {
    const s = e2e.stats;
    // Errors outside any test (a web server that did not start, a spec that did not load) stop the run
    // before its tests: the report then counts none, and that must not read as a pass.
    const errors = e2e.errors?.length ?? 0;
    const ran = s.expected + s.flaky + s.unexpected + s.skipped;
    let notRun = errors > 0 ? errors : ran === 0 ? 1 : 0;
    const exitUnexplained = notRun === 0 && s.unexpected === 0 && (exits.e2e ?? 0) !== 0;
    if (exitUnexplained) notRun = 1;
    passed += s.expected + s.flaky;
    failed += s.unexpected + notRun;
    skipped += s.skipped;
    lines.push(`e2e: ${s.expected + s.flaky} passed, ${s.unexpected} failed`);
    if (errors > 0)
      lines.push(
        `e2e: ${errors} error(s) outside any test (counted as failed): ${firstLine(e2e.errors?.[0])}`,
      );
    else if (ran === 0) lines.push("e2e: no browser test ran (counted as 1 failed)");
    else if (exitUnexplained)
      lines.push(`e2e: the runner exited ${exits.e2e} with no failed test (counted as 1 failed)`);
  } else {
    failed += 1;
    lines.push("e2e: no report (counted as 1 failed)");
  }
  failed += checksFailed;
  if (checksFailed) lines.push(`checks: ${checksFailed} failed (typecheck, lint or format)`);
  lines.push(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
  return { lines, passed, failed, skipped };
}

/** @param {{ message?: string } | undefined} error */
const firstLine = (error) => (error?.message ?? "").split("\n")[0]?.slice(0, 200) ?? "";
