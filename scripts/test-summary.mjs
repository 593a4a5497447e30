// CI reads neither Vitest's nor Playwright's summary: sum both JSON reports into one closing line.
import fs from "node:fs";

function read(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

const unit = read("reports/vitest.json");
const e2e = read("reports/e2e.json");
let passed = 0;
let failed = 0;
let skipped = 0;

if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  skipped += (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
  console.log(`unit: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed`);
} else {
  failed += 1;
  console.log("unit: no report (counted as 1 failed)");
}
if (e2e) {
  const s = e2e.stats;
  passed += s.expected + s.flaky;
  failed += s.unexpected;
  skipped += s.skipped;
  console.log(`e2e: ${s.expected + s.flaky} passed, ${s.unexpected} failed`);
} else {
  failed += 1;
  console.log("e2e: no report (counted as 1 failed)");
}
const checksFailed = Number(process.env.CHECKS_FAILED ?? 0);
failed += checksFailed;
if (checksFailed) console.log(`checks: ${checksFailed} failed (typecheck, lint or format)`);
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed === 0 ? 0 : 1);
