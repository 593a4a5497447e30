import { z } from "zod";
import { isValidTimeZone } from "@/lib/time";
import { ROOM_LIMITS } from "@/lib/trtc/limits";
import { byteLimitedString, refuseControlCharacters } from "./fields";
import { messages } from "./messages";

/**
 * Importing a room made elsewhere (a client SDK, Tencent's console): its ID may use characters Roomdesk
 * would not generate, so only Tencent's own byte limit, the no-stray-spaces rule and the refusal of control
 * characters (which would break lines in the audit log, the CSV export and the .ics) apply.
 */
export const importMeetingSchema = z.object({
  roomId: byteLimitedString("roomId", ROOM_LIMITS.roomIdMaxBytes).superRefine((value, ctx) => {
    if (refuseControlCharacters("roomId", value, ctx)) return;
    if (value.trim() === "") ctx.addIssue({ code: "custom", message: messages.importRoomIdMissing });
    else if (value.trim() !== value)
      ctx.addIssue({ code: "custom", message: messages.edgeSpaces({ label: "roomId" }) });
  }),
  timeZone: z.string().refine(isValidTimeZone, { message: messages.importZoneMissing }),
});

export type ImportMeetingInput = z.input<typeof importMeetingSchema>;
export type ImportMeetingValues = z.output<typeof importMeetingSchema>;
