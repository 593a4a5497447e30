import "server-only";
import { scheduleWindow } from "@/lib/schemas/create-room-body";
import type { ScheduleMeetingValues } from "@/lib/schemas/meeting";
import type { CreateOutcome } from "./create-room-reliably";
import type { ScheduleOutcome } from "./outcomes";

/**
 * What a create outcome means for the admin's meeting: stored with the intent, replayed to a resend.
 * `startAt`: the instant the body named outright (a series occurrence on a repeated wall time).
 */
export function scheduleOutcome(
  o: CreateOutcome,
  v: ScheduleMeetingValues,
  intentId: string,
  startAt?: number,
): ScheduleOutcome {
  const roomId = v.roomId;
  const tries = { attempts: o.attempts, stoppedBy: o.stoppedBy };
  switch (o.status) {
    case "created": {
      const { start, end } = scheduleWindow(v.schedule, startAt);
      const meeting = {
        roomId,
        requestId: o.requestId,
        roomName: v.roomName || roomId,
        timeZone: v.schedule.timeZone,
        start,
        end,
        verified: o.verified,
      };
      return { kind: "scheduled", meeting };
    }
    case "conflict":
      return { kind: "conflict", roomId, mismatches: o.mismatches, requestId: o.requestId };
    case "unknown":
      return { kind: "unconfirmed", intentId, roomId, failure: o.error?.toFailure() ?? null, tries };
    case "failed":
      if (o.reason === "audit-unavailable") return { kind: "not-recorded", stage: "attempt" };
      if (o.reason === "start-passed")
        return { kind: "start-passed", roomId, requestId: o.error?.requestId ?? null };
      return o.error
        ? { kind: "failed", roomId, failure: o.error.toFailure(), tries }
        : { kind: "not-recorded", stage: "attempt" };
  }
}
