import { defaultRepeatValues, makeCreateSeriesSchema, type RepeatValues } from "@/lib/schemas/series";
import type { SeriesView } from "@/lib/series/types";
import { runBulkWorker } from "@/lib/server/bulk/worker";
import type { SchedulingDeps } from "@/lib/server/meetings/deps";
import { createSeries } from "@/lib/server/series/create-series";
import { getSeries } from "@/lib/server/series/read-series";
import { untilJobSettled } from "./bulk-jobs";
import { scheduleInput } from "./schedule-input";
import { randomHex } from "./trtc-test-app";

export const seriesSchema = makeCreateSeriesSchema({ maxMembers: 300, maxSeats: 20 });

/** The schedule form's values for a series "Stand-up" of 15-minute meetings, as the browser posts them. */
export function seriesRequest(
  schedule: Record<string, unknown>,
  repeat: Partial<RepeatValues>,
  base = `st-${randomHex(4)}`,
) {
  return {
    ...scheduleInput({ roomId: base, roomName: "Stand-up", schedule: { durationMinutes: 15, ...schedule } }),
    repeat: { ...defaultRepeatValues(), enabled: true, ...repeat },
    seriesId: crypto.randomUUID(),
  };
}

/** Creates the series and runs a worker until its job has made every room. */
export async function createdSeries(
  deps: SchedulingDeps,
  actor: { id: string; role: string },
  raw: unknown,
): Promise<SeriesView> {
  const outcome = await createSeries(deps, actor, seriesSchema.parse(raw));
  if (outcome.kind !== "created") throw new Error(`not created: ${outcome.kind}`);
  const lease = { owner: deps.lease.owner, ms: 30_000, now: Date.now };
  const stop = runBulkWorker(async () => deps, { concurrency: 3, idleMs: 10, lease });
  await untilJobSettled(deps.db, outcome.jobId);
  await stop();
  return (await getSeries(deps.db, outcome.seriesId))!;
}
