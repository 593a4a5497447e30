import "server-only";
/** Keyset cursor over (start_time, room_id): opaque to the browser, base64url JSON. */
export interface MeetingCursor {
  start: number;
  roomId: string;
}

export function encodeCursor(c: MeetingCursor): string {
  return Buffer.from(JSON.stringify([c.start, c.roomId])).toString("base64url");
}

export function decodeCursor(value: string): MeetingCursor | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
    if (!Array.isArray(parsed) || parsed.length !== 2) return null;
    const [start, roomId] = parsed as unknown[];
    if (!Number.isSafeInteger(start) || typeof roomId !== "string") return null;
    return { start: start as number, roomId };
  } catch {
    return null;
  }
}
