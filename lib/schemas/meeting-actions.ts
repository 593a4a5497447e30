import { z } from "zod";
import type { Translate } from "@/lib/i18n/translate";
import { roomIdReferenceSchema } from "./fields";

/** Cancelling names the meeting and repeats its name, as the dialog asks (checked again on the server). */
export const cancelMeetingSchema = z.object({ roomId: roomIdReferenceSchema, confirmName: z.string() });
export type CancelMeetingInput = z.input<typeof cancelMeetingSchema>;

/**
 * The dialog's own schema: the action's, plus the name check the server makes against its index, so a
 * mistyped name is refused before anything is sent (and said in the server's words).
 */
export const confirmCancelSchema = (roomName: string, t: Translate) =>
  cancelMeetingSchema.refine((v) => v.confirmName.trim() === roomName, {
    path: ["confirmName"],
    message: t("meeting.typeNameExactly", { name: roomName }),
  });

/** The meeting an update is for: a RoomId from a page's URL, not typed. */
export const meetingRefSchema = roomIdReferenceSchema;
