import "server-only";
import type { CancelMeetingInput } from "@/lib/schemas/meeting-actions";
import type { AuditActor } from "../audit/record";
import { auditedTrtc } from "../audit/audited-trtc";
import type { MeetingDeps } from "./deps";
import { ROOM_GONE } from "./live-room";
import { findMeetingRow } from "./meeting-rows";
import type { CancelOutcome } from "./outcomes";

/**
 * destroy_room after the admin typed the meeting's name (checked here too: a direct POST skips the dialog).
 * A room Tencent no longer has (100004) is what cancelling wants, so it ends cancelled, noting so.
 */
export async function cancelMeeting(
  deps: MeetingDeps,
  actor: AuditActor,
  input: CancelMeetingInput,
): Promise<CancelOutcome> {
  const row = await findMeetingRow(deps.db, input.roomId);
  if (!row) return { kind: "not-found" };
  if (row.status === "cancelled") return { kind: "already-cancelled" };
  if (input.confirmName.trim() !== row.room_name) return { kind: "name-mismatch", expected: row.room_name };

  // On record before the request leaves; if that cannot be written nothing is sent (the action fails).
  const result = await auditedTrtc(deps, { actor }).run(
    "destroy_room",
    { RoomId: row.room_id },
    { action: "room.destroy" },
  );
  const roomGone = !result.ok && result.error.code === ROOM_GONE;
  if (!result.ok && !roomGone) return { kind: "failed", failure: result.error.toFailure() };

  const now = new Date(deps.now()).toISOString();
  // The note is stored as a fact, in the catalog's words when shown (lib/i18n).
  const note = roomGone ? `room-gone:${result.requestId ?? ""}` : null;
  const sequence = await deps.db.kysely.transaction().execute(async (tx) => {
    const updated = await tx
      .updateTable("meetings")
      .set((eb) => ({
        status: "cancelled" as const,
        cancelled_at: now,
        cancel_note: note,
        updated_at: now,
        sequence: eb("sequence", "+", 1),
      }))
      .where("room_id", "=", row.room_id)
      .returning("sequence")
      .executeTakeFirstOrThrow();
    return Number(updated.sequence);
  });
  return { kind: "cancelled", requestId: result.requestId, roomGone, sequence };
}
