import "server-only";
import type { AuditEntryView, MeetingDetail, MeetingSummary } from "@/lib/meetings/types";
import { actorsById, withActors } from "../audit/actor-names";
import type { Db } from "../db";
import { findMeetingRow, inviteesOf, parseSettings, toSummary } from "./meeting-rows";

/**
 * Reads of the room that change nothing: the meeting page asks Tencent for the live state on every visit,
 * and each ask is audited (docs/security.md 14), but listed here they would bury the room's story under one
 * row per visit. Support finds them with the action filter.
 */
export const READ_ONLY_ROOM_ACTIONS = ["room.get"] as const;

/** The room's audit rows but its plain reads, newest first (id breaks ties within one millisecond). */
export async function roomTimeline(db: Db, roomId: string, limit = 200): Promise<AuditEntryView[]> {
  const rows = await db.kysely
    .selectFrom("audit_log")
    .select([
      "id",
      "occurred_at",
      "actor_id",
      "action",
      "command",
      "outcome",
      "error_code",
      "error_info",
      "request_id",
    ])
    .where("room_id", "=", roomId)
    .where("action", "not in", READ_ONLY_ROOM_ACTIONS)
    .orderBy("occurred_at", "desc")
    .orderBy("id", "desc")
    .limit(limit)
    .execute();
  return withActors(
    db,
    rows.map((r) => ({
      id: Number(r.id),
      occurredAt: r.occurred_at,
      actorId: r.actor_id,
      action: r.action,
      command: r.command,
      outcome: r.outcome,
      errorCode: r.error_code === null ? null : Number(r.error_code),
      errorInfo: r.error_info,
      requestId: r.request_id,
    })),
  );
}

/** Everything stored about one meeting, with its audit timeline; null when it is not in the index. */
export async function getMeetingDetail(
  db: Db,
  roomId: string,
  nowSeconds: number,
): Promise<MeetingDetail | null> {
  const row = await findMeetingRow(db, roomId);
  if (!row) return null;
  const [invitees, timeline, creators] = await Promise.all([
    inviteesOf(db, [roomId]),
    roomTimeline(db, roomId),
    actorsById(db, [row.created_by]),
  ]);
  return {
    ...toSummary(row, invitees.get(roomId) ?? [], nowSeconds),
    settings: parseSettings(row),
    sequence: Number(row.sequence),
    createdBy: creators.get(row.created_by)!,
    createRequestId: row.create_request_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    cancelledAt: row.cancelled_at,
    cancelNote: row.cancel_note,
    timeline,
  };
}

/** What a meeting's calendar file is made of: the summary and the sequence calendars replace copies by. */
export interface CalendarMeetingView extends MeetingSummary {
  sequence: number;
  /** Kept from the meeting this one was rescheduled from; null: the room's own UID. */
  calendarUid: string | null;
}

/**
 * One meeting for its .ics download; null when it is not in the index. The file shows none of the audit
 * timeline, so unlike getMeetingDetail this reads only the meeting and its invitees.
 */
export async function getCalendarMeeting(
  db: Db,
  roomId: string,
  nowSeconds: number,
): Promise<CalendarMeetingView | null> {
  const row = await findMeetingRow(db, roomId);
  if (!row) return null;
  const invitees = await inviteesOf(db, [roomId]);
  return {
    ...toSummary(row, invitees.get(roomId) ?? [], nowSeconds),
    sequence: Number(row.sequence),
    calendarUid: row.calendar_uid,
  };
}
