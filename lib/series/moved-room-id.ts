import { ROOM_LIMITS, utf8Bytes } from "@/lib/trtc/limits";

/**
 * The RoomId of a moved occurrence's new room, derived from the series as its first one was: the base and
 * the new wall date ("standup-20271021"); from the second try on, "-r2", "-r3"… after it, for a day that
 * already has a room of the series or a time moved within its own day. The base gives way, never the date,
 * so the id stays within Tencent's 48 bytes.
 */
export function movedOccurrenceRoomId(base: string, date: string, attempt: number): string {
  const suffix = `-${date.replaceAll("-", "")}${attempt > 1 ? `-r${attempt}` : ""}`;
  let cut = "";
  for (const ch of base) {
    if (utf8Bytes(cut + ch) + suffix.length > ROOM_LIMITS.roomIdMaxBytes) break;
    cut += ch;
  }
  return cut + suffix;
}
