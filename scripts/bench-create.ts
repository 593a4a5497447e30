// bench:create — scheduling through the app's server action vs a direct signed create_room to the same
// sandbox, alternating in one run so both see the same machine load. Self-contained: builds when no
// build exists, starts a sandbox and the app on a fresh SQLite file, stops both at the end.
// The sandbox runs in its own process, as Tencent is apart from both callers: in the benchmark's own
// process the direct call never left it, while the action's call crossed two processes, so on a busy
// machine the ratio measured the scheduler's hand-offs more than the app.
import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { createTrtcClient } from "@/lib/server/trtc";
import { actionRequest, findAction, parseActionResult } from "./lib/actions";
import { createUser, signIn } from "./lib/app-session";
import { ensureBuild } from "./lib/builds";
import { percentile, startNext, stop, waitFor } from "./lib/processes";
import { startSandboxProcess } from "./lib/sandbox-process";
import { scheduleInput } from "@/tests/schedule-input";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 300);
const WARMUP = 30;
/** Two calls a round at most every 12 ms: at most ~167 calls/s reach the sandbox, ~84/s through the app. */
const ROUND_FLOOR_MS = 12;
const PORT = Number(process.env.BENCH_PORT ?? 3390);
const SANDBOX_PORT = Number(process.env.BENCH_SANDBOX_PORT ?? PORT + 1000);
const sdkAppId = 1400555001;
const secretKey = randomBytes(32).toString("hex");

ensureBuild();
const dir = path.resolve("data/bench");
fs.mkdirSync(dir, { recursive: true });
const dbFile = path.join(dir, `create-${Date.now()}.db`);
const sandbox = await startSandboxProcess({
  port: SANDBOX_PORT,
  sdkAppId,
  secretKey,
  stateFile: `${dbFile}.sandbox.json`,
});
const env = {
  TRTC_MODE: "sandbox",
  BETTER_AUTH_SECRET: randomBytes(32).toString("hex"),
  TRTC_SDK_APP_ID: String(sdkAppId),
  TRTC_SECRET_KEY: secretKey,
  TRTC_API_BASE_URL: sandbox.url,
  DATABASE_URL: `file:${dbFile}`,
};
const password = randomBytes(12).toString("hex");
createUser(env, "bench@roomdesk.local", "admin", password);
const app = startNext(PORT, env);
const baseUrl = `http://127.0.0.1:${PORT}`;

try {
  await waitFor(`${baseUrl}/api/health`);
  const cookie = await signIn(baseUrl, "bench@roomdesk.local", password);
  const schedule = findAction("scheduleMeetingAction");
  const direct = createTrtcClient({
    baseUrl: sandbox.url,
    sdkAppId,
    secretKey,
    adminUserId: "administrator",
  });
  const date = new Date(Date.now() + 2 * 86400_000).toISOString().slice(0, 10);
  let n = 0;
  const nextId = () => `bench-${process.pid}-${n++}`;

  async function viaAction(): Promise<number> {
    const id = nextId();
    const input = scheduleInput({
      roomId: id,
      roomName: "Bench",
      invitees: ["alice", "bob"],
      schedule: { date, time: "10:00", timeZone: "Europe/Berlin", durationMinutes: 30 },
    });
    const req = actionRequest(baseUrl, schedule, [input], cookie);
    const t0 = performance.now();
    const res = await fetch(req.url, req.init);
    const result = parseActionResult(await res.text()) as { ok?: boolean } | undefined;
    const ms = performance.now() - t0;
    if (!result?.ok) throw new Error(`action failed: ${JSON.stringify(result)}`);
    return ms;
  }

  async function viaDirect(): Promise<number> {
    const id = nextId();
    const start = Math.floor(Date.now() / 1000) + 86400;
    const t0 = performance.now();
    const result = await direct.run("create_room", {
      RoomInfo: {
        RoomId: id,
        RoomName: "Bench",
        RoomType: "Conference",
        ScheduleStartTime: start,
        ScheduleEndTime: start + 1800,
      },
      ScheduleInviteeList_Account: ["alice", "bob"],
    });
    const ms = performance.now() - t0;
    if (!result.ok) throw new Error(`direct call failed: ${result.error.message}`);
    return ms;
  }

  const action: number[] = [];
  const directMs: number[] = [];
  for (let i = 0; i < WARMUP + ROUNDS; i++) {
    const roundStart = performance.now();
    // Alternate which goes first so neither always gets the warmer caches.
    let a: number, d: number;
    if (i % 2 === 0) {
      a = await viaAction();
      d = await viaDirect();
    } else {
      d = await viaDirect();
      a = await viaAction();
    }
    if (i >= WARMUP) {
      action.push(a);
      directMs.push(d);
    }
    // Rounds are paced so that neither Tencent's 200 calls/s (the sandbox answers 60007 past it) nor
    // Roomdesk's own 190/s limiter, which makes a call wait for its slot, ever decides a round's time.
    const idle = ROUND_FLOOR_MS - (performance.now() - roundStart);
    if (idle > 0) await new Promise((r) => setTimeout(r, idle));
  }
  const [a50, a95, d50, d95] = [
    percentile(action, 50),
    percentile(action, 95),
    percentile(directMs, 50),
    percentile(directMs, 95),
  ];
  console.log(
    `bench:create rounds=${ROUNDS} action_p50_ms=${a50.toFixed(2)} action_p95_ms=${a95.toFixed(2)} direct_p50_ms=${d50.toFixed(2)} direct_p95_ms=${d95.toFixed(2)}`,
  );
  console.log(`bench:create overhead_p50_ms=${(a50 - d50).toFixed(2)} ratio_p50=${(a50 / d50).toFixed(2)}`);
} finally {
  await stop(app);
  await sandbox.stop();
  for (const f of fs.readdirSync(dir))
    if (f.startsWith(path.basename(dbFile))) fs.rmSync(path.join(dir, f), { force: true });
}
