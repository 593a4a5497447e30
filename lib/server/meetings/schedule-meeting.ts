import "server-only";
import { toFieldErrors } from "@/lib/schemas/field-errors";
import { makeScheduleMeetingSchema } from "@/lib/schemas/meeting";
import { scheduleWindow, toCreateRoomBody } from "@/lib/schemas/create-room-body";
import type { ActionResult } from "@/lib/actions/result";
import type { Actor } from "../auth/guard";
import { recordTrtcAttempt } from "../audit/trtc-attempt";
import { getConfig } from "../config";
import { getDb } from "../db";
import { getTrtcClient, trtcSecrets } from "../trtc/instance";
import { describeFailure } from "./describe-failure";
import { recordScheduledMeeting } from "./meeting-index";

export interface ScheduledMeeting {
  roomId: string;
  requestId: string;
  roomName: string;
  timeZone: string;
  /** Unix seconds. */
  start: number;
  end: number;
}

export type ScheduleMeetingResult = ActionResult<ScheduledMeeting>;

/**
 * Validates with the same schema as the form (the browser is never trusted), creates the room and
 * records the attempt. Invalid input never reaches Tencent.
 */
export async function scheduleMeeting(actor: Actor, input: unknown): Promise<ScheduleMeetingResult> {
  const { limits } = getConfig();
  const parsed = makeScheduleMeetingSchema(limits).safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      fieldErrors: toFieldErrors(parsed.error),
      error: { code: "invalid-input", message: "Some fields need attention.", requestId: null },
    };
  }
  const values = parsed.data;
  const body = toCreateRoomBody(values);
  const db = await getDb();
  const result = await getTrtcClient().createRoom(body);
  await recordTrtcAttempt(
    db,
    { actor, action: "room.create", roomId: values.roomId, intentId: null, attempt: 1 },
    result,
    trtcSecrets(),
  );
  if (!result.ok) return describeFailure(result.error);
  const { start, end } = scheduleWindow(values.schedule);
  await recordScheduledMeeting(db, {
    values,
    start,
    end,
    createdBy: actor.id,
    createRequestId: result.requestId,
  });
  return {
    ok: true,
    roomId: values.roomId,
    requestId: result.requestId,
    roomName: values.roomName || values.roomId,
    timeZone: values.schedule.timeZone,
    start,
    end,
  };
}
