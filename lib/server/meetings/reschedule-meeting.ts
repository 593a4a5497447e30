import "server-only";
import { icsUid } from "@/lib/calendar/ics";
import { meetingFormSettings } from "@/lib/meetings/meeting-values";
import { scheduleWindow, toCreateRoomBody } from "@/lib/schemas/create-room-body";
import type { ScheduleMeetingValues } from "@/lib/schemas/meeting";
import type { RescheduleValues } from "@/lib/schemas/reschedule";
import type { AuditActor } from "../audit/record";
import type { SchedulingDeps } from "./deps";
import type { CalendarLineage } from "./intents";
import { findMeetingRow, inviteesOf, parseSettings, phaseOf, type MeetingRow } from "./meeting-rows";
import type { RescheduleOutcome } from "./outcomes";
import { getReschedule, recordReschedule, unfinishedRescheduleOf } from "./reschedule-records";
import { roomIdHeld } from "./room-id-held";
import { runReschedule } from "./run-reschedule";

/**
 * The new meeting keeps the old one's calendar UID. Its SEQUENCE starts two above the old one's: the old
 * meeting's cancel raises its own by one, and its file (METHOD:CANCEL under the same UID) must never
 * outrank the new invitation.
 */
const lineageOf = (row: MeetingRow): CalendarLineage => ({
  calendarUid: row.calendar_uid ?? icsUid(row.room_id),
  sequence: Number(row.sequence) + 2,
});

/**
 * Tencent cannot move a room's time, so a reschedule is a new room with every setting and invitee of the
 * old one at the new time, then the old room destroyed: one story, recorded before any call and finished
 * by the reconciler if interrupted (docs/adr/0007-reschedule-as-one-story.md). The values passed the
 * shared reschedule schema in the action.
 */
export async function rescheduleMeeting(
  deps: SchedulingDeps,
  actor: AuditActor,
  input: RescheduleValues,
): Promise<RescheduleOutcome> {
  const row = await findMeetingRow(deps.db, input.roomId);
  if (!row) return { kind: "not-found" };
  const phase = phaseOf(row, Math.floor(deps.now() / 1000));
  if (phase === "cancelled") return { kind: "cancelled" };
  if (phase === "live") return { kind: "live" };
  if (await unfinishedRescheduleOf(deps.db, row.room_id)) return { kind: "in-progress" };
  const taken = await findMeetingRow(deps.db, input.newRoomId);
  if ((taken && taken.status !== "cancelled") || (await roomIdHeld(deps.db, input.newRoomId)))
    return { kind: "new-room-taken", roomId: input.newRoomId };

  const invitees = (await inviteesOf(deps.db, [row.room_id])).get(row.room_id) ?? [];
  const values: ScheduleMeetingValues = {
    ...meetingFormSettings({
      roomId: row.room_id,
      roomName: row.room_name,
      owner: row.owner_account,
      invitees,
      settings: parseSettings(row),
    }),
    roomId: input.newRoomId,
    schedule: input.schedule,
  };
  const intentId = crypto.randomUUID();
  const request = { values, body: toCreateRoomBody(values), lineage: lineageOf(row) };
  const window = { ...scheduleWindow(input.schedule), timeZone: input.schedule.timeZone };
  try {
    const recorded = await recordReschedule(
      deps.db,
      { intentId, oldRoomId: row.room_id, actor, request, window },
      deps.lease,
    );
    if (recorded === "in-progress") return { kind: "in-progress" };
    // Another move took the RoomId between the check above and this record: the same refusal as the check's.
    if (recorded === "new-room-taken") return { kind: "new-room-taken", roomId: input.newRoomId };
  } catch {
    // Fail closed: without its record nothing is sent.
    return { kind: "not-recorded" };
  }
  const recordedRow = await getReschedule(deps.db, intentId);
  if (!recordedRow) return { kind: "not-recorded" };
  return runReschedule(deps, recordedRow, actor, { fresh: true });
}
