import "server-only";
import type { MeetingSettings } from "@/lib/meetings/types";
import type { ImportMeetingValues } from "@/lib/schemas/import-meeting";
import type { RoomInfo } from "@/lib/trtc/responses";
import { fromRoomInfo, SWITCH_KEYS } from "@/lib/trtc/room-fields";
import type { AuditActor } from "../audit/record";
import { auditedTrtc } from "../audit/audited-trtc";
import type { MeetingDeps } from "./deps";
import { ROOM_GONE } from "./live-room";
import { findMeetingRow } from "./meeting-rows";
import type { ImportOutcome } from "./outcomes";

function settingsFromRoom(info: RoomInfo): MeetingSettings {
  const room = fromRoomInfo(info);
  return {
    ...(Object.fromEntries(SWITCH_KEYS.map((k) => [k, room[k] ?? false])) as Record<
      (typeof SWITCH_KEYS)[number],
      boolean
    >),
    maxMemberCount: room.maxMemberCount ?? null,
    seats: room.seatsEnabled
      ? {
          enabled: true,
          maxSeatCount: room.maxSeatCount ?? 0,
          takeSeatMode: room.takeSeatMode === "FreeToTake" ? "FreeToTake" : "ApplyToTake",
        }
      : { enabled: false },
    customInfo: room.customInfo ?? "",
  };
}

/**
 * Adds a room created elsewhere to the index from get_room_info. Tencent keeps only unix seconds, so the
 * admin names the zone it was planned in; get_room_info does not return invitees.
 */
export async function importMeeting(
  deps: MeetingDeps,
  actor: AuditActor,
  { roomId, timeZone }: ImportMeetingValues,
): Promise<ImportOutcome> {
  if (await findMeetingRow(deps.db, roomId)) return { kind: "already-indexed" };

  const result = await auditedTrtc(deps, { actor }).run(
    "get_room_info",
    { RoomId: roomId },
    { action: "room.import" },
  );
  if (!result.ok) {
    if (result.error.code === ROOM_GONE) return { kind: "no-such-room", roomId, requestId: result.requestId };
    return { kind: "failed", failure: result.error.toFailure() };
  }

  const info = result.response.RoomInfo;
  const room = fromRoomInfo(info);
  const nowIso = new Date(deps.now()).toISOString();
  const start = room.start ?? info.CreateTime ?? Math.floor(deps.now() / 1000);
  await deps.db.kysely
    .insertInto("meetings")
    .values({
      room_id: roomId,
      room_name: room.roomName || roomId,
      owner_account: room.owner || null,
      start_time: start,
      end_time: room.end ?? start + 3600,
      time_zone: timeZone,
      settings: JSON.stringify(settingsFromRoom(info)),
      status: "scheduled",
      source: "imported",
      created_by: actor.id,
      create_request_id: null,
      created_at: nowIso,
      updated_at: nowIso,
    })
    .onConflict((oc) => oc.column("room_id").doNothing())
    .execute();
  return { kind: "imported", roomId, requestId: result.requestId };
}
