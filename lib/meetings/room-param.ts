/** A RoomId from a dynamic route segment; a stray "%" must not turn a bad link into a server error. */
export function roomIdParam(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
