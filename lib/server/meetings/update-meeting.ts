import "server-only";
import type { ActionResult } from "@/lib/actions/result";
import { applyChanges, changedValues, describeChanges, type FieldChange } from "@/lib/meetings/diff";
import { toUpdateRoomBody } from "@/lib/schemas/create-room-body";
import { toFieldErrors } from "@/lib/schemas/field-errors";
import { roomIdReferenceSchema } from "@/lib/schemas/fields";
import { makeUpdateMeetingSchema } from "@/lib/schemas/meeting";
import type { Actor } from "../auth/guard";
import { auditedTrtc } from "../audit/audited-trtc";
import type { MeetingDeps } from "./deps";
import { describeFailure } from "./describe-failure";
import { findMeetingRow, parseSettings } from "./meeting-rows";
import { failure } from "./failures";

export type UpdateMeetingResult = ActionResult<{
  requestId: string;
  sequence: number;
  changes: FieldChange[];
}>;

/**
 * update_room_info with only the fields that differ from the index, validated by the shared update schema.
 * The index changes only after Tencent confirms, in one transaction that also raises the iCalendar SEQUENCE.
 */
export async function updateMeeting(
  deps: MeetingDeps,
  actor: Actor,
  roomIdInput: unknown,
  input: unknown,
): Promise<UpdateMeetingResult> {
  const roomId = roomIdReferenceSchema.safeParse(roomIdInput);
  if (!roomId.success) return failure("invalid-input", roomId.error.issues[0]!.message);
  const parsed = makeUpdateMeetingSchema(deps.limits).safeParse(input);
  if (!parsed.success)
    return {
      ...failure("invalid-input", "Some fields need attention."),
      fieldErrors: toFieldErrors(parsed.error),
    };

  const row = await findMeetingRow(deps.db, roomId.data);
  if (!row) return failure("not-found", "This meeting is not in Roomdesk's index.");
  if (row.status === "cancelled")
    return failure("conflict:cancelled", "This meeting was cancelled and cannot be changed.");
  const current = { roomName: row.room_name, settings: parseSettings(row) };
  const changes = changedValues(current, parsed.data);
  const described = describeChanges(current, parsed.data);
  if (described.length === 0)
    return failure("no-change", "Nothing to change: every field matches the meeting.");

  const result = await auditedTrtc(deps, { actor }).run(
    "update_room_info",
    toUpdateRoomBody(row.room_id, changes),
    {
      action: "room.update",
    },
  );
  if (!result.ok) return describeFailure(result.error);

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
  return { ok: true, requestId: result.requestId, sequence, changes: described };
}
