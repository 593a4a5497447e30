import "server-only";
import type { ActionFailure } from "@/lib/actions/result";
import type { ScheduleMeetingResult } from "@/lib/meetings/types";
import { scheduleWindow } from "@/lib/schemas/create-room-body";
import type { ScheduleMeetingValues } from "@/lib/schemas/meeting";
import type { CreateOutcome } from "./create-room-reliably";
import { describeFailure, describeTries, failureSentence } from "./describe-failure";

export type { ScheduledMeeting, ScheduleMeetingResult, UnconfirmedFailure } from "@/lib/meetings/types";

export const storageFailure = (message: string): ActionFailure => ({
  ok: false,
  error: { code: "storage", message, requestId: null },
});

/** The user-facing result of a create outcome: what the form shows and what a resubmission replays. */
export function scheduleResult(
  o: CreateOutcome,
  v: ScheduleMeetingValues,
  intentId: string,
): ScheduleMeetingResult {
  switch (o.status) {
    case "created": {
      const { start, end } = scheduleWindow(v.schedule);
      return {
        ok: true,
        roomId: v.roomId,
        requestId: o.requestId,
        roomName: v.roomName || v.roomId,
        timeZone: v.schedule.timeZone,
        start,
        end,
        verified: o.verified,
      };
    }
    case "conflict":
      return {
        ok: false,
        fieldErrors: {
          roomId: ["A room with this ID already exists with other settings: choose another Room ID."],
        },
        error: {
          code: "conflict:room",
          message: `Room ${v.roomId} already exists on Tencent with a different ${o.mismatches.join(", ")}. Nothing was overwritten. (RequestId ${o.requestId})`,
          requestId: o.requestId,
        },
      };
    case "unknown": {
      const what = o.error ? `${failureSentence(o.error)} ` : "";
      const tries = describeTries(o.error, o);
      return {
        ok: false,
        unconfirmed: { intentId, roomId: v.roomId },
        error: {
          code: "trtc:unconfirmed",
          message:
            `Tencent did not confirm whether room ${v.roomId} was created. ${what}${tries ? `${tries} ` : ""}` +
            "Roomdesk keeps checking and records the answer: the meeting appears in Meetings once Tencent " +
            "confirms it. Do not schedule it again.",
          requestId: o.error?.requestId ?? null,
        },
      };
    }
    case "failed":
      if (o.reason === "audit-unavailable")
        return storageFailure(
          "Roomdesk could not record the call to Tencent, so nothing was sent. Try again.",
        );
      if (o.reason === "start-passed")
        return {
          ok: false,
          error: {
            code: "start-passed",
            message: `Room ${v.roomId} was not created: its start passed before Tencent could be asked again.`,
            requestId: o.error?.requestId ?? null,
          },
        };
      return o.error
        ? describeFailure(o.error, o)
        : storageFailure("The meeting was not scheduled: nothing was sent to Tencent.");
  }
}
