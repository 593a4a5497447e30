import "server-only";
import type { Transaction } from "kysely";
import type { ScheduleMeetingValues } from "@/lib/schemas/meeting";
import type { Db } from "../db";
import { keepPrepared } from "../db/prepared";
import type { Database, MeetingSettings } from "../db/schema";
import type { CalendarLineage } from "./intents";

export interface NewMeeting {
  values: ScheduleMeetingValues;
  start: number;
  end: number;
  createdBy: string;
  createRequestId: string | null;
  /** Set for a reschedule's new room: the old meeting's calendar UID and a SEQUENCE above its own. */
  lineage?: CalendarLineage;
}

export function settingsOf(values: ScheduleMeetingValues): MeetingSettings {
  return {
    ...values.settings,
    maxMemberCount: values.maxMemberCount ?? null,
    seats: values.seats.enabled
      ? { enabled: true, maxSeatCount: values.seats.maxSeatCount, takeSeatMode: values.seats.takeSeatMode }
      : { enabled: false },
    customInfo: values.customInfo,
  };
}

async function insertMeeting(tx: Transaction<Database>, m: NewMeeting): Promise<void> {
  const now = new Date().toISOString();
  const { values } = m;
  // Tencent lets a destroyed RoomId be created again: the new meeting replaces the cancelled entry
  // (its audit trail stays in the audit log), rather than inheriting its name, times and invitees.
  const previous = await tx
    .selectFrom("meetings")
    .select(["status", "sequence"])
    .where("room_id", "=", values.roomId)
    .modifyEnd(keepPrepared)
    .executeTakeFirst();
  if (previous?.status === "cancelled") {
    await tx.deleteFrom("meeting_invitees").where("room_id", "=", values.roomId).execute();
    await tx.deleteFrom("meetings").where("room_id", "=", values.roomId).execute();
  }
  await tx
    .insertInto("meetings")
    .values({
      room_id: values.roomId,
      room_name: values.roomName || values.roomId,
      owner_account: values.owner || null,
      start_time: m.start,
      end_time: m.end,
      time_zone: values.schedule.timeZone,
      settings: JSON.stringify(settingsOf(values)),
      status: "scheduled",
      source: "scheduled",
      created_by: m.createdBy,
      // Same UID in calendars: the new invitation must outrank the CANCEL they already hold.
      ...(previous?.status === "cancelled" ? { sequence: Number(previous.sequence) + 1 } : {}),
      ...(m.lineage ? { calendar_uid: m.lineage.calendarUid, sequence: m.lineage.sequence } : {}),
      create_request_id: m.createRequestId,
      created_at: now,
      updated_at: now,
    })
    .onConflict((oc) => oc.column("room_id").doNothing())
    .modifyEnd(keepPrepared)
    .execute();
  if (values.invitees.length === 0) return;
  // One text per number of invitees: at most ROOM_LIMITS.maxInvitees kept statements.
  await tx
    .insertInto("meeting_invitees")
    .values(values.invitees.map((user_id, position) => ({ room_id: values.roomId, user_id, position })))
    .onConflict((oc) => oc.columns(["room_id", "user_id"]).doNothing())
    .modifyEnd(keepPrepared)
    .execute();
}

/** Adds a just-created room to the index; idempotent, so a replayed intent cannot add it twice. */
export function recordScheduledMeeting(db: Db, meeting: NewMeeting): Promise<void> {
  return db.kysely.transaction().execute((tx) => insertMeeting(tx, meeting));
}

/**
 * Adds the room to the index and, in the same transaction, runs `settle` (the intent's outcome): one
 * commit for what belongs together. Both happen or neither does.
 */
export function recordScheduledMeetingAnd<T>(
  db: Db,
  meeting: NewMeeting,
  settle: (tx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  return db.kysely.transaction().execute(async (tx) => {
    await insertMeeting(tx, meeting);
    return settle(tx);
  });
}
