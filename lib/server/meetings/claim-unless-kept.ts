import "server-only";
import type { Db } from "../db";
import { keepPrepared } from "../db/prepared";
import type { ScheduleIntentsTable } from "../db/schema";
import { getIntent, pendingIntentRow, type IntentClaim, type Lease, type NewIntent } from "./intents";

const COLUMNS = [
  "intent_id",
  "room_id",
  "actor_id",
  "body_hash",
  "start_time",
  "request",
  "status",
  "outcome",
  "created_at",
  "updated_at",
  "lease_owner",
  "lease_until",
] as const satisfies readonly (keyof ScheduleIntentsTable)[];

/**
 * The schedule form's claim: claimIntent's insert, made only while no series occurrence keeps the RoomId.
 * A day left out or a cancelled occurrence keeps its RoomId (room-id-held.ts); a single meeting created
 * under it would be listed by the series as that day, left out or cancelled. The check is inside the
 * insert, one probe of `series_occurrences`' unique index (migration 014): no extra round trip on the
 * scheduling path (`npm run bench:create`). A resend of a stored intent gets that intent, as with
 * claimIntent, whatever the series holds now: nothing inserted, and the stored row is read.
 */
export async function claimIntentUnlessKept(
  db: Db,
  intent: NewIntent,
  lease: Lease,
): Promise<IntentClaim | { claimed: false; keptBySeries: true }> {
  const row = pendingIntentRow(intent, lease);
  const inserted = await db.kysely
    .insertInto("schedule_intents")
    .columns(COLUMNS)
    .expression(
      db.kysely
        .selectNoFrom((eb) => COLUMNS.map((column) => eb.val(row[column]).as(column)))
        // SQLite reads an upsert after INSERT … SELECT only when the SELECT has a WHERE clause; this one does.
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(selectFrom("series_occurrences").select("room_id").where("room_id", "=", intent.room_id)),
          ),
        ),
    )
    .onConflict((oc) => oc.column("intent_id").doNothing())
    .returning("intent_id")
    .modifyEnd(keepPrepared)
    .executeTakeFirst();
  if (inserted) return { claimed: true };
  const existing = await getIntent(db, intent.intent_id);
  return existing ? { claimed: false, existing } : { claimed: false, keptBySeries: true };
}
