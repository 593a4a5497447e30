// test:stress — the unit suite three times in a row while one CPU-bound process per core runs beside
// it, to show no test depends on how fast the machine is. Last line: `stress: <k>/3 passed`.
import { spawn } from "node:child_process";
import os from "node:os";

const RUNS = 3;
const cores = os.availableParallelism();
const BUSY_LOOP = "let x = 0; for (;;) x = (x * 31 + 7) % 1000003;";

const hogs = Array.from({ length: cores }, () =>
  spawn(process.execPath, ["-e", BUSY_LOOP], { stdio: "ignore" }),
);
const stopHogs = () => {
  for (const hog of hogs) if (hog.exitCode === null && hog.signalCode === null) hog.kill("SIGKILL");
};
process.on("exit", stopHogs);
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    stopHogs();
    process.exit(130);
  });
}

function runSuite() {
  return new Promise((resolve) => {
    const vitest = spawn("npx", ["vitest", "run", "--reporter=dot"], { stdio: "inherit" });
    vitest.on("exit", (code) => resolve(code === 0));
    vitest.on("error", () => resolve(false));
  });
}

console.log(`stress: ${cores} CPU-bound processes beside the unit suite, ${RUNS} runs`);
const started = performance.now();
let passed = 0;
for (let run = 1; run <= RUNS; run++) {
  const t0 = performance.now();
  const ok = await runSuite();
  if (ok) passed++;
  const seconds = ((performance.now() - t0) / 1000).toFixed(0);
  console.log(`stress: run ${run}/${RUNS} ${ok ? "passed" : "FAILED"} in ${seconds} s`);
}
stopHogs();
console.log(`stress: total ${((performance.now() - started) / 1000).toFixed(0)} s`);
console.log(`stress: ${passed}/${RUNS} passed`);
process.exit(passed === RUNS ? 0 : 1);
