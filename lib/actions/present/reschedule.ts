import "server-only";
import type { Translate } from "@/lib/i18n/translate";
import type { RescheduleOutcome } from "@/lib/server/meetings/outcomes";
import type { ActionFailure, ActionResult } from "../result";
import { failure, presentSchedule } from "./meetings";

export type RescheduleResult = ActionResult<{
  roomId: string;
  from: string;
  oldRoom: "destroyed" | "pending";
  message: string;
}>;

/** The create's refusal in the reschedule form's terms: its RoomId and time fields, the rest said above. */
function refusedCreate(t: Translate, from: string, reason: ActionFailure): ActionFailure {
  const fieldErrors: Record<string, string[]> = {};
  for (const [path, messages] of Object.entries(reason.fieldErrors ?? {})) {
    if (path === "roomId") fieldErrors.newRoomId = messages;
    else if (path.startsWith("schedule.")) fieldErrors[path] = messages;
  }
  const message = t("reschedule.notRescheduled", { from, reason: reason.error?.message ?? "" });
  return {
    ...failure(reason.error?.code ?? "failed", message, reason.error?.requestId ?? null),
    fieldErrors,
  };
}

/** A reschedule's outcome in the catalog's words: what the reschedule form shows. */
export function presentReschedule(t: Translate, o: RescheduleOutcome): RescheduleResult {
  switch (o.kind) {
    case "rescheduled": {
      const words = { roomId: o.meeting.roomId, from: o.from };
      return {
        ok: true,
        roomId: o.meeting.roomId,
        from: o.from,
        oldRoom: o.oldRoom,
        message: t(o.oldRoom === "destroyed" ? "reschedule.done" : "reschedule.donePending", words),
      };
    }
    case "not-rescheduled": {
      const reason = presentSchedule(t, o.reason);
      return reason.ok ? failure("failed", t("reschedule.fallback")) : refusedCreate(t, o.from, reason);
    }
    case "unconfirmed":
      return failure("trtc:unconfirmed", t("reschedule.unconfirmed", { from: o.from, to: o.to }));
    case "not-found":
      return failure("not-found", t("meeting.notIndexed"));
    case "cancelled":
      return failure("conflict:cancelled", t("reschedule.cancelled"));
    case "live":
      return failure("conflict:live", t("reschedule.live"));
    case "new-room-taken":
      return {
        ...failure("conflict:room", t("reschedule.newRoomTaken", { roomId: o.roomId })),
        fieldErrors: { newRoomId: [t("reschedule.newRoomTaken", { roomId: o.roomId })] },
      };
    case "in-progress":
      return failure("in-progress", t("reschedule.inProgress"));
    case "not-recorded":
      return failure("storage", t("reschedule.notRecorded"));
  }
}
