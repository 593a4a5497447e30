import path from "node:path";
import { ROOM_LIMITS } from "../trtc/limits";
import { ensureSandboxCredentials } from "./credentials";
import { startSandbox } from "./server";
import type { SandboxApp } from "./types";

/**
 * `npx tsx lib/sandbox/main.ts`: the sandbox as a process, for the quickstart, e2e tests and benchmarks.
 * Prints one line and never the secret key or any request URL (those carry UserSigs).
 */

const env = process.env;
function intEnv(name: string, fallback: number, min: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be an integer >= ${min}`);
  return n;
}

function configuredApp(): SandboxApp {
  const sdkAppId = env.TRTC_SDK_APP_ID;
  const secretKey = env.TRTC_SECRET_KEY;
  if (sdkAppId && secretKey) {
    if (!/^\d+$/.test(sdkAppId)) throw new Error("TRTC_SDK_APP_ID must be a number");
    return {
      sdkAppId: Number(sdkAppId),
      secretKey,
      adminIdentifiers: [env.TRTC_ADMIN_USER_ID || "administrator"],
    };
  }
  return ensureSandboxCredentials(
    path.resolve(env.SANDBOX_CREDENTIALS_FILE || "data/sandbox/credentials.json"),
  );
}

async function main(): Promise<void> {
  const app = configuredApp();
  const sandbox = await startSandbox({
    apps: [{ sdkAppId: app.sdkAppId, secretKey: app.secretKey, adminIdentifiers: app.adminIdentifiers }],
    port: intEnv("SANDBOX_PORT", 4600, 0),
    host: env.SANDBOX_HOST || "127.0.0.1",
    stateFile: path.resolve(env.SANDBOX_STATE_FILE || "data/sandbox/rooms.json"),
    // Same package limits as the app (lib/server/config.ts), so both refuse the same rooms.
    packageMaxMembers: intEnv("TRTC_MAX_MEMBERS", ROOM_LIMITS.defaultMaxMembers, 1),
    packageMaxSeats: intEnv("TRTC_MAX_SEATS", ROOM_LIMITS.defaultMaxSeats, 1),
    // Set it to the app's TRTC_CALLBACK_TOKEN and every callback is signed as the receiver expects.
    callbackToken: env.SANDBOX_CALLBACK_TOKEN || undefined,
    // Tencent's 200 calls/s per API by default; a benchmark measuring the machine's own ceiling lifts it.
    rateLimitPerSecond: intEnv("SANDBOX_RATE_LIMIT_PER_SECOND", 200, 1),
  });
  console.log(`sandbox listening on ${sandbox.url}`);

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void sandbox.close().then(() => process.exit(0));
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((e: unknown) => {
  console.error(`sandbox failed to start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
