import "server-only";
import { markInterruptedAttempts } from "../audit/trtc-attempt";
import type { SchedulingDeps } from "./deps";
import { intentRequestOf, reconcilableIntents, takeOverIntent } from "./intents";
import { reconcilableReschedules, takeOverReschedule } from "./reschedule-records";
import { runIntent } from "./run-intent";
import { runReschedule } from "./run-reschedule";

/** The reconciler acts for Roomdesk itself; its audit rows say so. */
export const RECONCILER_ACTOR = { id: "roomdesk:reconciler", role: "system" } as const;

/** A call never takes longer than its deadline; a row still pending well after that lost its process. */
const INTERRUPTED_AFTER_MS = 2 * 60_000;
/** Intents settled per pass, so one pass never runs unbounded; the next pass takes the rest. */
const BATCH = 50;

export interface ReconcileReport {
  /** Intents this instance took over and worked to an outcome (which may still be unknown). */
  settled: number;
  /** Attempts whose answer was never recorded, now marked interrupted. */
  interrupted: number;
  /** Unfinished reschedules this instance took over and worked as far as they go. */
  rescheduled: number;
}

/**
 * One pass: every unsettled intent that no live worker holds is taken over by exactly one instance (a
 * lease in the database), verified with get_room_info before any create, and settled: ours → created
 * and indexed; absent → created with the same RoomId while its start is ahead, else failed; someone
 * else's → conflict. When Tencent still does not answer the intent stays unknown for the next pass.
 * Then every unfinished reschedule nobody holds is worked on: its new room settled, its old one destroyed.
 */
export async function reconcileOnce(deps: SchedulingDeps): Promise<ReconcileReport> {
  const interrupted = await markInterruptedAttempts(deps.db, new Date(deps.now() - INTERRUPTED_AFTER_MS));
  let settled = 0;
  for (const row of await reconcilableIntents(deps.db, deps.lease, BATCH)) {
    const request = intentRequestOf(row);
    if (!request || !(await takeOverIntent(deps.db, row, deps.lease))) continue;
    await runIntent(deps, {
      intentId: row.intent_id,
      actor: RECONCILER_ACTOR,
      scheduledBy: row.actor_id,
      request,
      mayExist: true,
    });
    settled++;
  }
  // After the intents, so a reschedule whose new room was just settled goes straight on to the old one.
  let rescheduled = 0;
  for (const row of await reconcilableReschedules(deps.db, deps.lease, BATCH)) {
    if (!(await takeOverReschedule(deps.db, row, deps.lease))) continue;
    await runReschedule(deps, row, RECONCILER_ACTOR, { fresh: false });
    rescheduled++;
  }
  return { settled, interrupted, rescheduled };
}

const globalForReconciler = globalThis as unknown as { roomdeskReconciler?: NodeJS.Timeout };

/** Runs a pass now and then every `intervalMs`, in this process, for as long as it lives. */
export function startReconciler(deps: () => Promise<SchedulingDeps>, intervalMs: number): void {
  if (globalForReconciler.roomdeskReconciler) return;
  let running = false;
  const pass = async () => {
    if (running) return;
    running = true;
    try {
      const report = await reconcileOnce(await deps());
      if (report.settled > 0 || report.interrupted > 0 || report.rescheduled > 0)
        console.log(
          `roomdesk: reconciler settled ${report.settled} intent(s), marked ${report.interrupted} attempt(s) interrupted, worked on ${report.rescheduled} reschedule(s)`,
        );
    } catch (error) {
      console.error(`roomdesk: reconciler pass failed: ${error instanceof Error ? error.name : "error"}`);
    } finally {
      running = false;
    }
  };
  globalForReconciler.roomdeskReconciler = setInterval(() => void pass(), intervalMs);
  globalForReconciler.roomdeskReconciler.unref();
  void pass();
}
