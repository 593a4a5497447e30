import "server-only";
import type { SchedulingDeps } from "../meetings/deps";
import { claimRows, type RowLease } from "./claim-rows";
import { jobStarter, pauseForRevokedStarter } from "./job-starter";
import { runRow } from "./run-row";
import { settleUnconfirmedRows } from "./settle-unconfirmed";

export interface BulkWorkerOptions {
  /** Rows this instance works on at once. */
  concurrency: number;
  /** How long an idle worker waits before looking for rows again. */
  idleMs: number;
  lease: RowLease;
  /** Whether calls to Tencent may go out now (the breaker is not open); rows wait while they may not. */
  mayCall?: () => boolean;
  sleep?: (ms: number) => Promise<void>;
}

const realSleep = (ms: number) =>
  new Promise<void>((r) => {
    const t = setTimeout(r, ms);
    t.unref();
  });

/**
 * One instance's worker: keeps up to `concurrency` rows in flight, claiming more as each finishes, and
 * rests `idleMs` when there is nothing to claim. Returns a stop function that resolves once the rows in
 * flight are done. Every instance runs one; the claim's lease keeps them off each other's rows.
 */
export function runBulkWorker(deps: () => Promise<SchedulingDeps>, opts: BulkWorkerOptions) {
  const sleep = opts.sleep ?? realSleep;
  const inFlight = new Set<Promise<void>>();
  let stopped = false;
  let wake: (() => void) | null = null;
  let lastSettle = Number.NEGATIVE_INFINITY;

  const loop = async () => {
    while (!stopped) {
      let claimed = 0;
      try {
        const d = await deps();
        // At most once per idle period: a busy worker passes here after every row.
        if (opts.lease.now() - lastSettle >= opts.idleMs) {
          lastSettle = opts.lease.now();
          await settleUnconfirmedRows(d.db, opts.lease.now);
        }
        if (opts.mayCall?.() ?? true) {
          const rows = await claimRows(d.db, opts.lease, opts.concurrency - inFlight.size);
          claimed = rows.length;
          for (const row of rows) {
            const work = jobStarter(d.db, row.job_id)
              .then((actor) =>
                actor ? runRow(d, opts.lease, actor, row) : pauseForRevokedStarter(d.db, opts.lease, row),
              )
              .catch((error: unknown) => {
                // The row keeps its lease until it runs out; then any instance claims it again.
                console.error(`roomdesk: bulk row failed: ${error instanceof Error ? error.name : "error"}`);
              })
              .finally(() => {
                inFlight.delete(work);
                wake?.();
              });
            inFlight.add(work);
          }
        }
      } catch (error) {
        console.error(`roomdesk: bulk worker pass failed: ${error instanceof Error ? error.name : "error"}`);
      }
      if (stopped) break;
      if (inFlight.size >= opts.concurrency) {
        await new Promise<void>((r) => (wake = r));
        wake = null;
      } else if (claimed === 0) {
        await Promise.race([sleep(opts.idleMs), new Promise<void>((r) => (wake = r))]);
        wake = null;
      }
    }
  };
  const running = loop();
  return async function stop() {
    stopped = true;
    wake?.();
    await running;
    await Promise.all(inFlight);
  };
}
