import "server-only";
import type { UpstreamFailure } from "@/lib/trtc/failure";
import type { AuditActor } from "../audit/record";
import { auditedTrtc } from "../audit/audited-trtc";
import type { MeetingDeps } from "./deps";
import { ROOM_GONE } from "./live-room";

export type DestroyResult =
  /** `roomGone`: Tencent no longer had the room (100004), which is what destroying wants. */
  | { ok: true; requestId: string | null; roomGone: boolean; sequence: number }
  | { ok: false; failure: UpstreamFailure };

/**
 * destroy_room for an indexed meeting, then the index marks it cancelled and raises its SEQUENCE in one
 * transaction. Shared by cancelling and by a reschedule's second step (whose calls carry its intent id).
 * `note` is the fact the cancelled meeting carries, worded when shown (lib/i18n/meeting-notes.ts).
 */
export async function destroyIndexedRoom(
  deps: MeetingDeps,
  who: { actor: AuditActor; intentId?: string },
  roomId: string,
  note: (gone: { roomGone: boolean; requestId: string | null }) => string | null,
): Promise<DestroyResult> {
  // On record before the request leaves; if that cannot be written nothing is sent (the caller fails).
  const result = await auditedTrtc(deps, who).run(
    "destroy_room",
    { RoomId: roomId },
    { action: "room.destroy" },
  );
  const roomGone = !result.ok && result.error.code === ROOM_GONE;
  if (!result.ok && !roomGone) return { ok: false, failure: result.error.toFailure() };

  const now = new Date(deps.now()).toISOString();
  const requestId = result.requestId ?? null;
  const sequence = await deps.db.kysely.transaction().execute(async (tx) => {
    const updated = await tx
      .updateTable("meetings")
      .set((eb) => ({
        status: "cancelled" as const,
        cancelled_at: now,
        cancel_note: note({ roomGone, requestId }),
        updated_at: now,
        sequence: eb("sequence", "+", 1),
      }))
      .where("room_id", "=", roomId)
      .returning("sequence")
      .executeTakeFirstOrThrow();
    return Number(updated.sequence);
  });
  return { ok: true, requestId, roomGone, sequence };
}
