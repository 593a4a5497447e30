import "server-only";
import type { CancelOccurrencesInput, SeriesScope } from "@/lib/schemas/series-ops";
import { inScope } from "@/lib/schemas/series-ops";
import type { UpstreamFailure } from "@/lib/trtc/failure";
import { recordAudit, type AuditActor } from "../audit/record";
import { cancelMeeting } from "../meetings/cancel-meeting";
import type { MeetingDeps } from "../meetings/deps";
import { getSeries } from "./read-series";
import { seriesAuditId } from "./series-ids";

export type SeriesChangeOutcome =
  | { kind: "not-found" }
  /** No occurrence in the scope has a room to change (not made yet, or already cancelled). */
  | { kind: "nothing-to-change" }
  | {
      kind: "done";
      changed: string[];
      /** Rooms that already had what was asked, so no call was made for them; done as much as `changed`. */
      unchanged: string[];
      failed: Array<{ roomId: string; failure: UpstreamFailure | null }>;
    };

export type Change = (
  roomId: string,
  name: string,
) => Promise<{ ok: true; unchanged?: boolean } | { ok: false; failure: UpstreamFailure | null }>;

/**
 * One series operation: each room in the scope through the meeting's own service (each call audited as it
 * is for one meeting), then the series' record of it and one `series.*` event naming every room.
 */
export async function changeOccurrences(
  deps: MeetingDeps,
  actor: AuditActor,
  input: { seriesId: string; index: number; scope: SeriesScope },
  action: "series.update" | "series.cancel",
  change: Change,
  request: Record<string, unknown>,
  afterEach: (index: number) => Promise<void>,
): Promise<SeriesChangeOutcome> {
  const series = await getSeries(deps.db, input.seriesId);
  if (!series) return { kind: "not-found" };
  const targets = series.occurrences.filter(
    (o) => o.state === "scheduled" && inScope(input.scope, input.index, o.index),
  );
  if (targets.length === 0) return { kind: "nothing-to-change" };
  const changed: string[] = [];
  const unchanged: string[] = [];
  const failed: Array<{ roomId: string; failure: UpstreamFailure | null }> = [];
  for (const o of targets) {
    const result = await change(o.roomId, o.name);
    if (result.ok) {
      (result.unchanged ? unchanged : changed).push(o.roomId);
      await afterEach(o.index);
    } else failed.push({ roomId: o.roomId, failure: result.failure });
  }
  await deps.db.kysely
    .updateTable("meeting_series")
    .set((eb) => ({ sequence: eb("sequence", "+", 1) }))
    .where("series_id", "=", input.seriesId)
    .execute();
  await recordAudit(deps.db, {
    actor,
    action,
    resource: { intentId: seriesAuditId(input.seriesId) },
    outcome: failed.length === 0 ? "ok" : "failed",
    details: {
      request: { ...request, scope: input.scope, index: input.index },
      response: { changed, unchanged, failed },
    },
    occurredAt: new Date(deps.now()),
  });
  return { kind: "done", changed, unchanged, failed };
}

/**
 * Adds to or takes from the fields an occurrence has of its own (an edit of "all" makes them the series'
 * again). Read and written in one transaction, the row locked on PostgreSQL (SQLite's is begun IMMEDIATE),
 * so a reschedule's `start` added meanwhile by the reconciler is not written over.
 */
export function updateChangedFields(
  deps: MeetingDeps,
  seriesId: string,
  index: number,
  change: { add?: string[]; remove?: string[] },
): Promise<void> {
  return deps.db.kysely.transaction().execute(async (tx) => {
    let select = tx
      .selectFrom("series_occurrences")
      .select("changed_fields")
      .where("series_id", "=", seriesId)
      .where("occurrence_index", "=", index);
    if (deps.db.dialect === "postgres") select = select.forUpdate();
    const row = await select.executeTakeFirst();
    const fields = new Set<string>(row?.changed_fields ? (JSON.parse(row.changed_fields) as string[]) : []);
    for (const field of change.add ?? []) fields.add(field);
    for (const field of change.remove ?? []) fields.delete(field);
    await tx
      .updateTable("series_occurrences")
      .set({ changed_fields: fields.size > 0 ? JSON.stringify([...fields]) : null })
      .where("series_id", "=", seriesId)
      .where("occurrence_index", "=", index)
      .execute();
  });
}

/** Cancels one occurrence or it and every later one: each room destroyed through the cancel service. */
export function cancelOccurrences(
  deps: MeetingDeps,
  actor: AuditActor,
  input: CancelOccurrencesInput,
): Promise<SeriesChangeOutcome> {
  return changeOccurrences(
    deps,
    actor,
    input,
    "series.cancel",
    async (roomId, name) => {
      const o = await cancelMeeting(deps, actor, { roomId, confirmName: name });
      if (o.kind === "cancelled" || o.kind === "already-cancelled") return { ok: true };
      return { ok: false, failure: o.kind === "failed" ? o.failure : null };
    },
    {},
    (index) =>
      deps.db.kysely
        .updateTable("series_occurrences")
        .set({ status: "cancelled" })
        .where("series_id", "=", input.seriesId)
        .where("occurrence_index", "=", index)
        .execute()
        .then(() => undefined),
  );
}
