import type { Translate } from "./translate";

/**
 * The note a cancelled meeting carries, stored as a fact and worded when shown: Tencent no longer had its
 * room (`room-gone:<RequestId>`), or a reschedule replaced it (`rescheduled:<new RoomId>`). Notes stored
 * before then are shown as they are.
 */
export function cancelNote(t: Translate, stored: string | null): string | null {
  if (stored?.startsWith("rescheduled:"))
    return t("reschedule.note", { roomId: stored.slice("rescheduled:".length) });
  if (stored === null || !stored.startsWith("room-gone:")) return stored;
  const requestId = stored.slice("room-gone:".length);
  return t("meeting.roomGoneNote", { requestIdPart: requestId ? `, RequestId ${requestId}` : "" });
}
