// CI reads neither Vitest's nor Playwright's summary: sum both JSON reports into one closing line.
import fs from "node:fs";
import { summarize } from "./lib/test-summary-counts.mjs";

function read(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

/** A runner's exit code as validate.sh passes it; unknown when unset. */
const exitCode = (value) => (value === undefined || value === "" ? undefined : Number(value));

const { lines, failed } = summarize(
  read("reports/vitest.json"),
  read("reports/e2e.json"),
  Number(process.env.CHECKS_FAILED ?? 0),
  { unit: exitCode(process.env.UNIT_EXIT), e2e: exitCode(process.env.E2E_EXIT) },
);
for (const line of lines) console.log(line);
process.exit(failed === 0 ? 0 : 1);
