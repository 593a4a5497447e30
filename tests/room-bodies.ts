import type { CreateRoomBody } from "@/lib/trtc/wire";
import { randomHex } from "./trtc-test-app";

/**
 * The smallest create_room body that passes every rule. `info` and `top` are untyped on purpose: the
 * sandbox's tests override one field at a time, with values Tencent must refuse too.
 */
export function roomBody(
  roomId = `room-${randomHex(6)}`,
  info: Record<string, unknown> = {},
  top: Record<string, unknown> = {},
) {
  return { RoomInfo: { RoomId: roomId, RoomType: "Conference", ...info }, ...top };
}

/** A named meeting an hour from now, 30 minutes long: what the client and scheduling tests send. */
export function meetingBody(roomId = `room-${randomHex(6)}`, info: Partial<CreateRoomBody["RoomInfo"]> = {}) {
  const start = Math.floor(Date.now() / 1000) + 3600;
  return {
    RoomInfo: {
      RoomId: roomId,
      RoomName: "Weekly sync",
      RoomType: "Conference",
      ScheduleStartTime: start,
      ScheduleEndTime: start + 1800,
      ...info,
    },
  } satisfies CreateRoomBody;
}
