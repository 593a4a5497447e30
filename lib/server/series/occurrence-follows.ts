import "server-only";
import type { AuditActor } from "../audit/record";
import { insertAudit } from "../audit/record";
import type { Db } from "../db";
import { seriesAuditId } from "./series-ids";

export interface ReplacedRoom {
  /** The reschedule's id: the story's intent id, named in the series' event. */
  rescheduleId: string;
  from: string;
  to: string;
  now: number;
}

/**
 * The series follows its room when a reschedule's new room is confirmed, whoever confirmed it (the admin's
 * request or the reconciler): the occurrence points at the new room, is marked as moved, the series'
 * calendar SEQUENCE goes up, and one `series.reschedule` event says so, all in one transaction. Conditional
 * on the occurrence still naming the old room, so running it again (a later pass) changes nothing.
 * A room of no series is left alone. A database that fails here fails the step, which the reconciler runs
 * again, so the series is never left behind a finished story.
 */
export function followReplacedRoom(db: Db, actor: AuditActor, r: ReplacedRoom): Promise<boolean> {
  return db.kysely.transaction().execute(async (tx) => {
    let select = tx
      .selectFrom("series_occurrences")
      .select(["series_id", "occurrence_index", "changed_fields"])
      .where("room_id", "=", r.from);
    // Locked on PostgreSQL, so an edit's changed_fields written meanwhile is not written over.
    if (db.dialect === "postgres") select = select.forUpdate();
    const occurrence = await select.executeTakeFirst();
    if (!occurrence) return false;
    // The new RoomId may be one another occurrence keeps (a reschedule recorded before the meeting page
    // refused such RoomIds): the series cannot name it twice, so it does not follow, and the reschedule
    // still finishes.
    const held = await tx
      .selectFrom("series_occurrences")
      .select("room_id")
      .where("room_id", "=", r.to)
      .executeTakeFirst();
    if (held) return false;
    const fields = new Set<string>(
      occurrence.changed_fields ? (JSON.parse(occurrence.changed_fields) as string[]) : [],
    );
    fields.add("start");
    const moved = await tx
      .updateTable("series_occurrences")
      .set({ room_id: r.to, changed_fields: JSON.stringify([...fields]) })
      .where("series_id", "=", occurrence.series_id)
      .where("occurrence_index", "=", occurrence.occurrence_index)
      .where("room_id", "=", r.from)
      .executeTakeFirst();
    if (Number(moved.numUpdatedRows) !== 1) return false;
    await tx
      .updateTable("meeting_series")
      .set((eb) => ({ sequence: eb("sequence", "+", 1) }))
      .where("series_id", "=", occurrence.series_id)
      .execute();
    await insertAudit(tx, db.dialect, {
      actor,
      action: "series.reschedule",
      resource: { intentId: seriesAuditId(occurrence.series_id) },
      outcome: "ok",
      details: {
        request: { index: Number(occurrence.occurrence_index), rescheduleId: r.rescheduleId },
        response: { from: r.from, to: r.to },
      },
      occurredAt: new Date(r.now),
    });
    return true;
  });
}
