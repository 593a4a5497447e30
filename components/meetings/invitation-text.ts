import type { MeetingSummary } from "@/lib/meetings/types";
import { formatRange } from "./time-text";

/** Plain text to paste into a chat or e-mail; the time is written in the meeting's own zone. */
export function invitationText(
  m: Pick<MeetingSummary, "roomId" | "roomName" | "start" | "end" | "timeZone">,
) {
  return [
    `You are invited to "${m.roomName}" (TRTC Conference).`,
    `When: ${formatRange(m.start, m.end, m.timeZone)}, ${m.timeZone} time`,
    `Room ID: ${m.roomId}`,
    `Join from the conference app by entering the Room ID.`,
  ].join("\n");
}
