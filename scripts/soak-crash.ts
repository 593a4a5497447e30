// Crash soak: schedule submissions through the real server action over HTTP while the app process is
// killed with kill -9 at random moments and restarted on the same database; the sandbox runs in its own
// process (rooms kept in a file) and never stops. Then the reconciler settles what the kills left open,
// and everything is counted from the sandbox's own records and Roomdesk's database.
//   npm run soak:crash [-- --meetings 500 --kills 12 --concurrency 10]
// The reconciler runs every second and takes over an intent 3 s after its worker stopped
// (RECONCILER_INTERVAL_MS, INTENT_LEASE_MS); breaker, retry budget and timeouts stay at their defaults.
import { parseArgs } from "node:util";
import { watchdog } from "./lib/processes";
import { soakCounts } from "./lib/soak-counts";
import { describeDuplicates, describeReports, runOperators } from "./lib/soak-operators";
import { startSoakWorld, type SoakWorld } from "./lib/soak-world";

const { values } = parseArgs({
  options: {
    meetings: { type: "string" },
    kills: { type: "string" },
    concurrency: { type: "string" },
    "look-ms": { type: "string" },
    "settle-ms": { type: "string" },
  },
});
const MEETINGS = Number(values.meetings ?? 500);
const KILLS = Number(values.kills ?? 12);
const CONCURRENCY = Number(values.concurrency ?? 10);
/** Long enough for a restart plus a lease and a reconciler pass: a settled meeting shows up in time. */
const LOOK_MS = Number(values["look-ms"] ?? 8000);
const SETTLE_MS = Number(values["settle-ms"] ?? 60_000);

let phase = "start";
watchdog(90 * 60_000, () => phase);
const world = await startSoakWorld({
  appPort: Number(process.env.SOAK_APP_PORT ?? 3396),
  sandboxPort: Number(process.env.SOAK_SANDBOX_PORT ?? 4696),
  appEnv: { RECONCILER_INTERVAL_MS: "1000", INTENT_LEASE_MS: "3000" },
});

/**
 * Exactly `kills` kills, the j-th as meeting j·M/(kills+1) (± 40 % of the spacing) starts, so every kill
 * lands while requests are in flight and the last comes before the final meetings begin.
 */
function killer(w: SoakWorld, meetings: number, kills: number) {
  const spacing = meetings / (kills + 1);
  const at = Array.from({ length: kills }, (_, j) => (j + 1 + 0.8 * (Math.random() - 0.5)) * spacing);
  let count = 0;
  let busy: Promise<void> = Promise.resolve();
  return {
    get kills() {
      return count;
    },
    onMeetingStart(started: number) {
      while (at.length > 0 && started >= at[0]!) {
        at.shift();
        busy = busy.then(async () => {
          count++;
          phase = `kill ${count}`;
          await w.crashAndRestart();
          phase = "operators";
        });
      }
    },
    /** Waits for a restart in progress, so the app is up afterwards. */
    finish: () => busy,
  };
}

async function settle(w: SoakWorld, deadlineMs: number): Promise<number> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const pending = await w.pendingIntents();
    if (pending === 0 || Date.now() >= deadline) return pending;
    await new Promise((r) => setTimeout(r, 500));
  }
}

try {
  // Half the creates take 150 ms, so kills land mid-call too; a few answers are lost or refused.
  await world.sandbox.setFaultMix({
    command: "create_room",
    entries: [
      { kind: "latency", ms: 150, rate: 0.5 },
      { kind: "createThenDrop", rate: 0.05 },
      { kind: "http502", rate: 0.05 },
    ],
  });
  const kill = killer(world, MEETINGS, KILLS);
  const started = Date.now();
  phase = "operators";
  const reports = await runOperators({
    world,
    meetings: MEETINGS,
    concurrency: CONCURRENCY,
    lookMs: LOOK_MS,
    onMeetingStart: (n) => kill.onMeetingStart(n),
    maxSubmissions: 4,
  });
  await kill.finish();
  phase = "settle";
  const pending = await settle(world, SETTLE_MS);
  phase = "count";
  const facts = await world.readFacts();
  const c = soakCounts(facts);
  console.log(
    `crash-soak: ${MEETINGS} meetings, concurrency ${CONCURRENCY}, ${((Date.now() - started) / 1000).toFixed(1)} s; ${pending} intents still pending after ${SETTLE_MS / 1000} s of settling`,
  );
  console.log(describeReports(reports));
  for (const line of describeDuplicates(facts.calls)) console.log(`crash-soak: ${line}`);
  const why = [...c.lostWhy.values()].reduce<Record<string, number>>(
    (acc, w) => ((acc[w] = (acc[w] ?? 0) + 1), acc),
    {},
  );
  console.log(`crash-soak: lost by reason ${JSON.stringify(why)}; sandbox calls=${facts.calls.length}`);
  if (c.unauditedByCount)
    console.log("crash-soak: the audit log has no call_random yet: unaudited = calls received - audit rows");
  console.log(
    `crash-soak kills=${kill.kills} intents=${c.intents} created=${c.created} failed=${c.failed} lost=${c.lost} orphans=${c.orphans} unaudited=${c.unaudited} duplicates=${c.duplicates}`,
  );
  process.exitCode = c.lost + c.orphans + c.unaudited + c.duplicates === 0 ? 0 : 1;
} finally {
  phase = "stop";
  await world.close();
}
process.exit();
