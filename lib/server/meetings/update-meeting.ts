import "server-only";
import { applyChanges, changedValues, describeChanges } from "@/lib/meetings/diff";
import { toUpdateRoomBody } from "@/lib/schemas/create-room-body";
import type { UpdateMeetingValues } from "@/lib/schemas/meeting";
import type { AuditActor } from "../audit/record";
import { auditedTrtc } from "../audit/audited-trtc";
import type { MeetingDeps } from "./deps";
import { findMeetingRow, parseSettings } from "./meeting-rows";
import type { UpdateOutcome } from "./outcomes";

/**
 * update_room_info with only the fields that differ from the index (the values passed the shared update
 * schema in the action). The index changes only after Tencent confirms, in one transaction that also
 * raises the iCalendar SEQUENCE.
 */
export async function updateMeeting(
  deps: MeetingDeps,
  actor: AuditActor,
  roomId: string,
  values: UpdateMeetingValues,
): Promise<UpdateOutcome> {
  const row = await findMeetingRow(deps.db, roomId);
  if (!row) return { kind: "not-found" };
  if (row.status === "cancelled") return { kind: "cancelled" };
  const current = { roomName: row.room_name, settings: parseSettings(row) };
  const changes = changedValues(current, values);
  const described = describeChanges(current, values);
  if (described.length === 0) return { kind: "no-change" };

  const result = await auditedTrtc(deps, { actor }).run(
    "update_room_info",
    toUpdateRoomBody(row.room_id, changes),
    {
      action: "room.update",
    },
  );
  if (!result.ok) return { kind: "failed", failure: result.error.toFailure() };

  const sequence = await deps.db.kysely.transaction().execute(async (tx) => {
    // Re-read inside the transaction so a concurrent edit of other fields is not overwritten.
    const fresh = await tx
      .selectFrom("meetings")
      .selectAll()
      .where("room_id", "=", row.room_id)
      .executeTakeFirstOrThrow();
    const updated = await tx
      .updateTable("meetings")
      .set((eb) => ({
        room_name: changes.roomName ?? fresh.room_name,
        settings: JSON.stringify(applyChanges(parseSettings(fresh), changes)),
        updated_at: new Date(deps.now()).toISOString(),
        sequence: eb("sequence", "+", 1),
      }))
      .where("room_id", "=", row.room_id)
      .returning("sequence")
      .executeTakeFirstOrThrow();
    return Number(updated.sequence);
  });
  return { kind: "updated", requestId: result.requestId, sequence, changes: described };
}
