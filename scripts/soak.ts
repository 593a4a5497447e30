// Fault soak: logical meetings scheduled through the real server action over HTTP (a `next start` of the
// build, signed in as an admin) against the sandbox in its own process, which answers create_room with
// 20 % HTTP 502, 10 % hangs, 10 % 100001 and 10 % create-then-drop. Run: npm run soak [-- --meetings N]
//
// The breaker and the retry budget run at their defaults (5 failures, budget 10). Shortened, so the run
// takes minutes, not hours: the per-attempt timeout (250 ms, for the hangs), the retry backoff (5–50 ms)
// and the breaker's pause (1 s instead of 30 s; it opens often at these fault rates).
//
// Each meeting is driven by a simulated operator (scripts/lib/operator.ts) and counted from the
// sandbox's own create log (scripts/lib/soak-counts.ts): a duplicate is a meeting with two rooms. Counting
// creates per RoomId could never find one: a RoomId is fixed per intent and the sandbox refuses a second
// create of it. The danger is an operator told "not scheduled" who schedules the meeting again under a
// new RoomId while the first room exists.
import { parseArgs } from "node:util";
import { watchdog } from "./lib/processes";
import { soakCounts } from "./lib/soak-counts";
import { describeDuplicates, describeReports, runOperators } from "./lib/soak-operators";
import { startSoakWorld } from "./lib/soak-world";

const { values } = parseArgs({
  options: {
    meetings: { type: "string" },
    concurrency: { type: "string" },
    "look-ms": { type: "string" },
  },
});
const MEETINGS = Number(values.meetings ?? 1000);
const CONCURRENCY = Number(values.concurrency ?? 20);
/** How long the operator watches the meetings list after an open answer before pressing Schedule again. */
const LOOK_MS = Number(values["look-ms"] ?? 3000);

let phase = "start";
watchdog(60 * 60_000, () => phase);
const world = await startSoakWorld({
  appPort: Number(process.env.SOAK_APP_PORT ?? 3395),
  sandboxPort: Number(process.env.SOAK_SANDBOX_PORT ?? 4695),
  appEnv: {
    TRTC_TIMEOUT_MS: "250",
    TRTC_RETRY_BASE_MS: "5",
    TRTC_RETRY_CAP_MS: "50",
    TRTC_BREAKER_OPEN_MS: "1000",
  },
});

try {
  await world.sandbox.setFaultMix({
    command: "create_room",
    entries: [
      { kind: "http502", rate: 0.2 },
      { kind: "hang", rate: 0.1 },
      { kind: "error100001", rate: 0.1 },
      { kind: "createThenDrop", rate: 0.1 },
    ],
  });
  phase = "operators";
  const started = Date.now();
  const reports = await runOperators({
    world,
    meetings: MEETINGS,
    concurrency: CONCURRENCY,
    lookMs: LOOK_MS,
    doubleClicks: 0.1,
  });
  phase = "count";
  const facts = await world.readFacts();
  const c = soakCounts(facts);
  const byFault = facts.calls.reduce<Record<string, number>>(
    (acc, call) => ((acc[call.fault ?? "none"] = (acc[call.fault ?? "none"] ?? 0) + 1), acc),
    {},
  );
  console.log(
    `soak: ${MEETINGS} meetings, concurrency ${CONCURRENCY}, ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  console.log(describeReports(reports));
  for (const line of describeDuplicates(facts.calls)) console.log(`soak: ${line}`);
  console.log(`soak: upstream calls by fault: ${JSON.stringify(byFault)}`);
  const why = [...c.lostWhy.values()].reduce<Record<string, number>>(
    (acc, w) => ((acc[w] = (acc[w] ?? 0) + 1), acc),
    {},
  );
  console.log(`soak: lost by reason ${JSON.stringify(why)}`);
  if (c.unauditedByCount)
    console.log("soak: the audit log has no call_random yet: unaudited = calls received - audit rows");
  console.log(
    `soak meetings=${MEETINGS} intents=${c.intents} created=${c.created} failed=${c.failed} duplicates=${c.duplicates} lost=${c.lost} orphans=${c.orphans} attempts=${facts.calls.length} unaudited=${c.unaudited}`,
  );
  process.exitCode = c.duplicates + c.lost + c.orphans + c.unaudited === 0 ? 0 : 1;
} finally {
  phase = "stop";
  await world.close();
}
process.exit();
