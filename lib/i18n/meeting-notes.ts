import type { Translate } from "./translate";

/**
 * The note a cancelled meeting carries when Tencent no longer had its room, stored as a fact
 * (`room-gone:<RequestId>`) and worded when shown. Notes stored before then are shown as they are.
 */
export function cancelNote(t: Translate, stored: string | null): string | null {
  if (stored === null || !stored.startsWith("room-gone:")) return stored;
  const requestId = stored.slice("room-gone:".length);
  return t("meeting.roomGoneNote", { requestIdPart: requestId ? `, RequestId ${requestId}` : "" });
}
