import "server-only";
import type { CancelMeetingInput } from "@/lib/schemas/meeting-actions";
import type { AuditActor } from "../audit/record";
import type { MeetingDeps } from "./deps";
import { destroyIndexedRoom } from "./destroy-room";
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

  // The note is stored as a fact, in the catalog's words when shown (lib/i18n).
  const result = await destroyIndexedRoom(deps, { actor }, row.room_id, ({ roomGone, requestId }) =>
    roomGone ? `room-gone:${requestId ?? ""}` : null,
  );
  if (!result.ok) return { kind: "failed", failure: result.failure };
  return {
    kind: "cancelled",
    requestId: result.requestId,
    roomGone: result.roomGone,
    sequence: result.sequence,
  };
}
