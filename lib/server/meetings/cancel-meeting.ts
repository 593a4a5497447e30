import "server-only";
import { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";
import { roomIdReferenceSchema } from "@/lib/schemas/fields";
import { messages } from "@/lib/schemas/messages";
import type { Actor } from "../auth/guard";
import { auditedTrtc } from "../audit/audited-trtc";
import type { MeetingDeps } from "./deps";
import { describeFailure } from "./describe-failure";
import { failure } from "./failures";
import { ROOM_GONE } from "./live-room";
import { findMeetingRow } from "./meeting-rows";

const cancelInputSchema = z.object({ roomId: roomIdReferenceSchema, confirmName: z.string() });

export type CancelMeetingResult = ActionResult<{
  requestId: string | null;
  note: string | null;
  sequence: number;
}>;

/**
 * destroy_room after the admin typed the meeting's name (checked here too: a direct POST skips the dialog).
 * A room Tencent no longer has (100004) is what cancelling wants, so it ends cancelled with a note.
 */
export async function cancelMeeting(
  deps: MeetingDeps,
  actor: Actor,
  input: unknown,
): Promise<CancelMeetingResult> {
  const parsed = cancelInputSchema.safeParse(input);
  if (!parsed.success) {
    const roomIdIssue = parsed.error.issues.find((issue) => issue.code === "custom");
    return failure("invalid-input", roomIdIssue?.message ?? messages.noMeetingNamed);
  }
  const row = await findMeetingRow(deps.db, parsed.data.roomId);
  if (!row) return failure("not-found", "This meeting is not in Roomdesk's index.");
  if (row.status === "cancelled") return failure("conflict:cancelled", "This meeting is already cancelled.");
  if (parsed.data.confirmName.trim() !== row.room_name) {
    return {
      ...failure("invalid-input", "The name typed does not match the meeting."),
      fieldErrors: { confirmName: [`Type the meeting name exactly: ${row.room_name}`] },
    };
  }

  // On record before the request leaves; if that cannot be written nothing is sent (the action fails).
  const result = await auditedTrtc(deps, { actor }).run(
    "destroy_room",
    { RoomId: row.room_id },
    { action: "room.destroy" },
  );
  let note: string | null = null;
  if (!result.ok) {
    if (result.error.code !== ROOM_GONE) return describeFailure(result.error);
    note = `Tencent no longer had this room (error 100004${result.requestId ? `, RequestId ${result.requestId}` : ""}); it was marked cancelled without a destroy.`;
  }

  const now = new Date(deps.now()).toISOString();
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
  return { ok: true, requestId: result.requestId, note, sequence };
}
