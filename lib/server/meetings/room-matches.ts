import "server-only";
import type { RoomInfo } from "@/lib/trtc/responses";
import { fromRoomInfo, tencentDefaults, wireNameOf, type RoomFieldKey } from "@/lib/trtc/room-fields";
import type { CreateRoomBody } from "@/lib/trtc/wire";

/** Fields Tencent derives or fills from the package: no evidence either way about whose room it is. */
const NOT_COMPARED: readonly RoomFieldKey[] = ["roomType", "maxSeatCount", "takeSeatMode", "maxMemberCount"];

/**
 * After an ambiguous create, the room Tencent holds is ours only if it carries what we sent, with Tencent's
 * defaults for what we left out (the room-field table). Returns the wire names that differ; empty means ours.
 */
export function roomMismatches(room: RoomInfo, body: CreateRoomBody, adminUserId: string): string[] {
  const sent = fromRoomInfo(body.RoomInfo);
  const actual = fromRoomInfo(room) as Record<string, unknown>;
  const expected: Record<string, unknown> = {
    ...tencentDefaults(sent.roomId!, adminUserId, { maxMembers: 0, maxSeats: 0 }),
    ...sent,
  };
  for (const key of NOT_COMPARED) delete expected[key];
  // A count or seat setting left to the package cannot be compared; one we sent can.
  if (sent.maxMemberCount !== undefined) expected.maxMemberCount = sent.maxMemberCount;
  if (sent.seatsEnabled)
    Object.assign(expected, { maxSeatCount: sent.maxSeatCount, takeSeatMode: sent.takeSeatMode });
  return Object.entries(expected)
    .filter(([key, want]) => want !== undefined && actual[key] !== undefined && actual[key] !== want)
    .map(([key]) => wireNameOf(key as RoomFieldKey));
}
