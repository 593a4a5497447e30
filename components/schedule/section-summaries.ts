import type { Translate } from "@/lib/i18n/translate";
import type { ScheduleMeetingInput } from "@/lib/schemas/meeting";
import { SWITCH_KEYS, type SwitchKey } from "@/lib/trtc/room-fields";

/**
 * The one line a collapsed section shows: what differs from the form's defaults
 * (defaultScheduleValues), so an admin sees at a glance whether opening it matters.
 */

type Values = Pick<ScheduleMeetingInput, "settings" | "seats" | "owner" | "maxMemberCount" | "customInfo">;

// Typed over the switches, so a new room switch does not compile without its short words.
const SWITCH_WORDS: Record<SwitchKey, Parameters<Translate>[0]> = {
  videoDisabled: "scheduleLayout.videoDisabled",
  audioDisabled: "scheduleLayout.audioDisabled",
  messagesDisabled: "scheduleLayout.messagesDisabled",
  screenSharingDisabled: "scheduleLayout.screenSharingDisabled",
  cloudRecordingDisabled: "scheduleLayout.cloudRecordingDisabled",
};

const line = (t: Translate, parts: string[]) =>
  parts.length === 0 ? t("scheduleLayout.defaults") : parts.join(" · ");

const isCount = (n: unknown): n is number => typeof n === "number" && Number.isFinite(n);

export function settingsSummary(t: Translate, settings: Values["settings"] | undefined): string {
  return line(
    t,
    SWITCH_KEYS.filter((key) => settings?.[key] === true).map((key) => t(SWITCH_WORDS[key])),
  );
}

export function seatsSummary(t: Translate, seats: Values["seats"] | undefined): string {
  if (!seats?.enabled) return t("scheduleLayout.seatsOff");
  const mode = t(
    seats.takeSeatMode === "FreeToTake" ? "scheduleForm.seatModeFree" : "scheduleForm.seatModeApply",
  );
  return isCount(seats.maxSeatCount)
    ? t("scheduleLayout.seatsOn", { count: seats.maxSeatCount, mode })
    : t("scheduleLayout.seatsOnUncounted", { mode });
}

export function advancedSummary(
  t: Translate,
  v: Partial<Pick<Values, "owner" | "maxMemberCount" | "customInfo">>,
): string {
  const parts: string[] = [];
  const owner = v.owner?.trim();
  if (owner) parts.push(t("scheduleLayout.owner", { owner }));
  if (isCount(v.maxMemberCount)) parts.push(t("scheduleLayout.maxMembers", { count: v.maxMemberCount }));
  if (v.customInfo?.trim()) parts.push(t("scheduleLayout.customInfoSet"));
  return line(t, parts);
}
