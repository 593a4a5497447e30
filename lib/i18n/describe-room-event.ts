import type { RoomEventView } from "@/lib/room-events/types";
import type { CallbackCommand } from "@/lib/trtc/callbacks";
import { CALLBACK_COMMAND_KEYS as COMMAND_KEYS } from "./callback-command-keys";
import type { Translate } from "./translate";

const LEAVE_KEYS = { Leave: "Leave", Kicked: "Kicked", Expired: "Expired" } as const;

/** Why someone left, in words; a reason Tencent adds later is shown as sent. */
export function leaveTypeWords(t: Translate, type: string | null): string | null {
  if (type === null) return null;
  return Object.hasOwn(LEAVE_KEYS, type)
    ? t(`roomEvents.leaveType.${LEAVE_KEYS[type as keyof typeof LEAVE_KEYS]}`)
    : t("roomEvents.leaveType.other", { type });
}

/** "Entered", "Left (removed)", "Seats changed", or the unknown command named as Tencent sent it. */
export function roomEventWords(t: Translate, e: Pick<RoomEventView, "command" | "known" | "type">): string {
  if (!e.known || !Object.hasOwn(COMMAND_KEYS, e.command))
    return t("roomEvents.command.unknown", { command: e.command });
  const what = t(`roomEvents.command.${COMMAND_KEYS[e.command as CallbackCommand]}`);
  if (e.command !== "Room.CallbackAfterMemberLeave") return what;
  const why = leaveTypeWords(t, e.type);
  return why ? `${what} (${why})` : what;
}
