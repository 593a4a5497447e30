import "server-only";
import type { ActionResult } from "@/lib/actions/result";
import { importMeetingSchema } from "@/lib/schemas/import-meeting";
import { toFieldErrors } from "@/lib/schemas/field-errors";
import type { Actor } from "../auth/guard";
import { auditedTrtc } from "../audit/audited-trtc";
import type { MeetingSettings } from "../db/schema";
import type { TrtcRoomInfo } from "../trtc/envelope";
import type { MeetingDeps } from "./deps";
import { describeFailure } from "./describe-failure";
import { failure } from "./failures";
import { ROOM_GONE } from "./live-room";
import { findMeetingRow } from "./meeting-rows";

export type ImportMeetingResult = ActionResult<{ roomId: string; requestId: string }>;

function settingsFromRoom(info: TrtcRoomInfo): MeetingSettings {
  return {
    videoDisabled: info.IsVideoDisabled ?? false,
    audioDisabled: info.IsAudioDisabled ?? false,
    messagesDisabled: info.IsMessageDisabled ?? false,
    screenSharingDisabled: info.IsScreenSharingDisabled ?? false,
    cloudRecordingDisabled: info.IsCloudRecordingDisabled ?? false,
    maxMemberCount: info.MaxMemberCount ?? null,
    seats: info.IsSeatEnabled
      ? {
          enabled: true,
          maxSeatCount: info.MaxSeatCount ?? 0,
          takeSeatMode: info.TakeSeatMode === "FreeToTake" ? "FreeToTake" : "ApplyToTake",
        }
      : { enabled: false },
    customInfo: info.CustomInfo ?? "",
  };
}

/**
 * Adds a room created elsewhere to the index from get_room_info. Tencent keeps only unix seconds, so the
 * admin names the zone it was planned in; get_room_info does not return invitees.
 */
export async function importMeeting(
  deps: MeetingDeps,
  actor: Actor,
  input: unknown,
): Promise<ImportMeetingResult> {
  const parsed = importMeetingSchema.safeParse(input);
  if (!parsed.success)
    return {
      ...failure("invalid-input", "Some fields need attention."),
      fieldErrors: toFieldErrors(parsed.error),
    };
  const { roomId, timeZone } = parsed.data;
  if (await findMeetingRow(deps.db, roomId)) {
    return {
      ...failure("conflict:room", "This room is already in Roomdesk."),
      fieldErrors: { roomId: ["Already in Roomdesk's meetings."] },
    };
  }

  const result = await auditedTrtc(deps, { actor }).run(
    "get_room_info",
    { RoomId: roomId },
    { action: "room.import" },
  );
  if (!result.ok) {
    if (result.error.code !== ROOM_GONE) return describeFailure(result.error);
    const message = `No such room: Tencent has no room "${roomId}" (error 100004).`;
    return {
      ok: false,
      fieldErrors: { roomId: [message] },
      error: { code: "trtc:100004", message, requestId: result.requestId },
    };
  }

  const info = result.response;
  const nowIso = new Date(deps.now()).toISOString();
  const start = info.ScheduleStartTime ?? info.CreateTime ?? Math.floor(deps.now() / 1000);
  await deps.db.kysely
    .insertInto("meetings")
    .values({
      room_id: roomId,
      room_name: info.RoomName || roomId,
      owner_account: info.Owner_Account || null,
      start_time: start,
      end_time: info.ScheduleEndTime ?? start + 3600,
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
  return { ok: true, roomId, requestId: result.requestId };
}
