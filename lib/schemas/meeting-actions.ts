import { z } from "zod";
import { roomIdReferenceSchema } from "./fields";

/** Cancelling names the meeting and repeats its name, as the dialog asks (checked again on the server). */
export const cancelMeetingSchema = z.object({ roomId: roomIdReferenceSchema, confirmName: z.string() });
export type CancelMeetingInput = z.input<typeof cancelMeetingSchema>;

/** The meeting an update is for: a RoomId from a page's URL, not typed. */
export const meetingRefSchema = roomIdReferenceSchema;
