import { z } from "zod";
import { isValidTimeZone } from "@/lib/time";
import { ROOM_LIMITS } from "@/lib/trtc/limits";
import { byteLimitedString, refuseControlCharacters } from "./fields";

/**
 * Importing a room made elsewhere (a client SDK, Tencent's console): its ID may use characters Roomdesk
 * would not generate, so only Tencent's own byte limit, the no-stray-spaces rule and the refusal of control
 * characters (which would break lines in the audit log, the CSV export and the .ics) apply.
 */
export const importMeetingSchema = z.object({
  roomId: byteLimitedString("Room ID", ROOM_LIMITS.roomIdMaxBytes).superRefine((value, ctx) => {
    if (refuseControlCharacters("Room ID", value, ctx)) return;
    if (value.trim() === "") ctx.addIssue({ code: "custom", message: "Enter the Room ID to import." });
    else if (value.trim() !== value)
      ctx.addIssue({ code: "custom", message: "Room ID must not start or end with a space." });
  }),
  timeZone: z.string().refine(isValidTimeZone, { message: "Choose the zone the meeting was planned in." }),
});

export type ImportMeetingInput = z.input<typeof importMeetingSchema>;
export type ImportMeetingValues = z.output<typeof importMeetingSchema>;
