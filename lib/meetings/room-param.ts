import { roomIdReferenceSchema } from "@/lib/schemas/fields";

/** A RoomId from a dynamic route segment; a stray "%" must not turn a bad link into a server error. */
export function roomIdParam(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** Why a RoomId taken from a URL cannot name a meeting (a control character), or undefined when it can. */
export function roomIdParamProblem(roomId: string): string | undefined {
  const parsed = roomIdReferenceSchema.safeParse(roomId);
  return parsed.success ? undefined : parsed.error.issues[0]?.message;
}
