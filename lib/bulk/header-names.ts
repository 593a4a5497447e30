import { CATALOGS } from "@/lib/i18n/catalogs";
import { LOCALES } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/translate";
import { SHEET_COLUMNS, type SheetColumnKey } from "./columns";
import type { HeaderNames } from "./headers";

/**
 * Header names recognised besides the form's own labels: the words operators put at the top of a planning
 * sheet in English, Japanese and Chinese. Recognition only reads them; nothing is shown in these words.
 * This module reads all three catalogs, so only the server (the dry-run route) and tests import it.
 */
const ALIASES: Record<SheetColumnKey, readonly string[]> = {
  roomName: [
    "Room name",
    "Meeting",
    "Title",
    "Subject",
    "会議",
    "ミーティング名",
    "件名",
    "タイトル",
    "会议名",
    "会议主题",
    "主题",
  ],
  roomId: ["Room", "Meeting ID", "会議ID", "ルーム", "会议ID", "房间号", "会议号"],
  owner: ["Owner", "Host", "主催者", "オーナー", "ホスト", "所有者", "主持人", "房主"],
  invitees: ["Attendees", "Participants", "Invitee", "参加者", "出席者", "邀请成员", "参会人", "受邀者"],
  date: ["Start date", "Day", "開始日", "日", "开始日期"],
  time: ["Time", "Start", "Starts", "Start at", "開始", "時刻", "開始時間", "开始", "时间"],
  timeZone: ["Timezone", "Zone", "TZ", "時間帯", "タイムゾーン名", "时区名"],
  durationMinutes: [
    "Duration (minutes)",
    "Duration in minutes",
    "Minutes",
    "Length",
    "時間(分)",
    "所要時間(分)",
    "分",
    "时长(分钟)",
    "会议时长",
    "分钟",
  ],
  videoDisabled: ["Video disabled", "Video off"],
  audioDisabled: ["Audio disabled", "Muted", "Mute all"],
  messagesDisabled: ["Messages disabled", "Chat disabled"],
  screenSharingDisabled: ["Screen sharing disabled"],
  cloudRecordingDisabled: ["Cloud recording disabled", "Recording disabled"],
  maxMemberCount: ["Max member count", "Members", "Capacity", "最大人数", "定員", "人数上限", "最大成员数"],
  seatsEnabled: ["Seats", "Seat mode on", "座席", "麦位"],
  maxSeatCount: ["Seat count", "座席数", "麦位数"],
  takeSeatMode: ["Take seat mode", "着席", "上麦模式"],
  customInfo: ["Custom info", "Notes", "メモ", "備考", "备注"],
};

function lookUp(messages: Messages, key: string): string | null {
  let node: unknown = messages;
  for (const part of key.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === "string" ? node : null;
}

/** Each column's label as the schedule form shows it in every language, then the aliases above. */
export function headerNames(): HeaderNames {
  const out = {} as Record<SheetColumnKey, string[]>;
  for (const column of SHEET_COLUMNS) {
    const labels = LOCALES.map((locale) => lookUp(CATALOGS[locale], column.label)).filter(
      (label): label is string => label !== null,
    );
    out[column.key] = [...labels, ...ALIASES[column.key]];
  }
  return out;
}
