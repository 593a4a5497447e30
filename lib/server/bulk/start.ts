import "server-only";
import type { AppDeps } from "../app";
import type { AppConfig } from "../config";
import { instanceId } from "../instance-id";
import { runBulkWorker } from "./worker";

const globalForWorker = globalThis as unknown as { roomdeskBulkWorker?: () => Promise<void> };

/**
 * This instance's worker for spreadsheet jobs, started once with the server (instrumentation.ts). It
 * also picks up the rows a killed instance left: their leases run out and any worker claims them again.
 * Its calls go through the job client, so they share the rate limit without making a person wait.
 */
export function startBulkWorker(getApp: () => Promise<AppDeps>, config: AppConfig): void {
  if (globalForWorker.roomdeskBulkWorker) return;
  let mayCall = () => true;
  const deps = async () => {
    const app = await getApp();
    mayCall = app.bulk.mayCall;
    return { ...app, trtc: app.bulk.trtc };
  };
  globalForWorker.roomdeskBulkWorker = runBulkWorker(deps, {
    concurrency: config.bulk.concurrency,
    idleMs: config.bulk.idleMs,
    // A row is held as long as its intent is: a dead instance's rows are claimed again after that.
    lease: { owner: instanceId(), ms: config.reliability.intentLeaseMs, now: Date.now },
    mayCall: () => mayCall(),
  });
}
