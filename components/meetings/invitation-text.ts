import type { Translate } from "@/lib/i18n/translate";
import type { MeetingSummary } from "@/lib/meetings/types";
import { meetingRange } from "./time-text";

/** Plain text to paste into a chat or e-mail, in the viewer's language; the time is in the meeting's zone. */
export function invitationText(
  t: Translate,
  m: Pick<MeetingSummary, "roomId" | "roomName" | "start" | "end" | "timeZone">,
  locale?: string,
) {
  return [
    t("meetings.invitationLine1", { name: m.roomName }),
    t("meetings.invitationWhen", {
      when: meetingRange(t, m.start, m.end, m.timeZone, locale),
      zone: m.timeZone,
    }),
    t("meetings.invitationRoomId", { roomId: m.roomId }),
    t("meetings.invitationJoin"),
  ].join("\n");
}
