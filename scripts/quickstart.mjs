// Starts Roomdesk on this machine: builds, migrates, starts the TRTC sandbox (unless real credentials
// are configured) and the dashboard, then prints the URL. Ctrl-C stops everything.
import { spawn, spawnSync } from "node:child_process";

// The same .env the dashboard reads: the port of the sandbox and of the dashboard.
try {
  process.loadEnvFile(".env");
} catch {
  // no .env: sandbox mode with generated credentials
}
const PORT = Number(process.env.PORT ?? 3000);
const SANDBOX_PORT = Number(process.env.SANDBOX_PORT ?? 4600);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", SANDBOX_PORT: String(SANDBOX_PORT) };
const children = [];

const STEPS = 4;
let step = 0;
/** One numbered line per step, so a long quiet stretch (the build) says what it is. */
const say = (what) => console.log(`\nroomdesk [${++step}/${STEPS}] ${what}`);

function run(label, cmd, args, extraEnv = {}) {
  say(label);
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...env, ...extraEnv } });
  if (r.status !== 0) {
    console.error(`roomdesk: ${label} failed`);
    process.exit(r.status ?? 1);
  }
}

function start(cmd, args) {
  const child = spawn(cmd, args, { stdio: "inherit", env });
  child.on("exit", (code) => {
    if (!stopping) {
      console.error(`roomdesk: ${args.join(" ")} exited (${code}); stopping`);
      stop(1);
    }
  });
  children.push(child);
}

async function waitFor(url, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

let stopping = false;
function stop(code = 0) {
  stopping = true;
  for (const c of children) c.kill("SIGTERM");
  setTimeout(() => process.exit(code), 500);
}
process.on("SIGINT", () => stop(0));
process.on("SIGTERM", () => stop(0));

// Writes the sandbox's credentials and the session secret if they are missing, and says the TRTC mode
// (TRTC_MODE, or tencent when credentials are set): the configuration itself only reads them.
say("preparing local files (credentials for the sandbox, the session secret)…");
const prepared = spawnSync("npx", ["tsx", "--conditions=react-server", "scripts/prepare-local.ts"], {
  env,
  encoding: "utf8",
  stdio: ["ignore", "pipe", "inherit"],
});
const mode = /TRTC mode: (\w+)/.exec(prepared.stdout ?? "")?.[1];
if (prepared.status !== 0 || !mode) {
  console.error("roomdesk: preparing local files failed");
  process.exit(prepared.status || 1);
}
const realTencent = mode === "tencent";

// The type check is part of the test command (npm run validate); here it would only add a minute.
run(
  "building the dashboard (a minute or two; the type check is left to npm run validate)…",
  "npx",
  ["next", "build"],
  {
    ROOMDESK_BUILD_SKIP_TYPECHECK: "1",
  },
);
run("applying database migrations…", "npx", ["tsx", "--conditions=react-server", "scripts/db-migrate.ts"]);
say(realTencent ? "starting the dashboard…" : "starting the TRTC sandbox and the dashboard…");
if (!realTencent) {
  start("npx", ["tsx", "lib/sandbox/main.ts"]);
  await waitFor(`http://127.0.0.1:${SANDBOX_PORT}/__sandbox/health`);
}
// The production server (npm start): Next behind the header limits (README, "Oversize headers").
start("node", ["server.mjs", "-H", "127.0.0.1", "-p", String(PORT)]);
const url = `http://127.0.0.1:${PORT}`;
await waitFor(`${url}/api/health`);
// The first visit goes to /setup while no account exists: then the next thing to do is create one.
const firstRun = await fetch(`${url}/login`, { redirect: "manual" })
  .then((r) => (r.headers.get("location") ?? "").endsWith("/setup"))
  .catch(() => false);
const next = firstRun
  ? `Next: open ${url} and create the first administrator.`
  : `Next: open ${url} and sign in.`;
console.log(
  `\nRoomdesk is running at ${url}  (${realTencent ? "Tencent TRTC" : "sandbox mode: no calls reach Tencent"})\n${next}\nPress Ctrl-C to stop.\n`,
);
