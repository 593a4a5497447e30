import { translator } from "@/lib/i18n/catalogs";
import { localizeMessage } from "@/lib/i18n/localize-issue";
import type { Translate } from "@/lib/i18n/translate";
import { roomIdReferenceSchema } from "@/lib/schemas/fields";

/** A RoomId from a dynamic route segment; a stray "%" must not turn a bad link into a server error. */
export function roomIdParam(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * Why a RoomId taken from a URL cannot name a meeting (a control character), or undefined when it can.
 * The JSON API answers in English unless the caller passes its own translator.
 */
export function roomIdParamProblem(roomId: string, t: Translate = translator("en")): string | undefined {
  const parsed = roomIdReferenceSchema.safeParse(roomId);
  const message = parsed.success ? undefined : parsed.error.issues[0]?.message;
  return message === undefined ? undefined : localizeMessage(t, message);
}
