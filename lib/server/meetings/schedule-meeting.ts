import "server-only";
import { z } from "zod";
import { toFieldErrors } from "@/lib/schemas/field-errors";
import { makeScheduleMeetingSchema } from "@/lib/schemas/meeting";
import { scheduleWindow, toCreateRoomBody } from "@/lib/schemas/create-room-body";
import type { ActionFailure, ActionResult } from "@/lib/actions/result";
import type { Actor } from "../auth/guard";
import { getConfig } from "../config";
import { getDb } from "../db";
import { getTrtcClient } from "../trtc/instance";
import { attemptsFor } from "./attempt-deps";
import { createRoomReliably, type CreateOutcome } from "./create-room-reliably";
import { describeFailure } from "./describe-failure";
import {
  bodyHash,
  claimIntent,
  finishIntent,
  priorUnsettledIntent,
  takeOverStaleIntent,
  waitForIntent,
} from "./intents";
import { recordScheduledMeeting } from "./meeting-index";

export interface ScheduledMeeting {
  roomId: string;
  requestId: string;
  roomName: string;
  timeZone: string;
  /** Unix seconds. */
  start: number;
  end: number;
  /** True when the create's answer was lost and get_room_info confirmed the room is ours. */
  verified: boolean;
}

export type ScheduleMeetingResult = ActionResult<ScheduledMeeting>;

/** One id per form submission intent, made by the browser; resending it never books a second room. */
const intentIdSchema = z.string().regex(/^[A-Za-z0-9-]{8,64}$/);

/** Longer than any attempt sequence can run: a pending intent older than this lost its worker. */
const STALE_INTENT_MS = 120_000;

const failure = (code: string, message: string): ActionFailure => ({
  ok: false,
  error: { code, message, requestId: null },
});

/**
 * Validates with the same schema as the form (the browser is never trusted), persists the intent before
 * any call (fail closed: no record, no call), creates the room at most once, and indexes it.
 */
export async function scheduleMeeting(actor: Actor, input: unknown): Promise<ScheduleMeetingResult> {
  const config = getConfig();
  const parsed = makeScheduleMeetingSchema(config.limits).safeParse(input);
  if (!parsed.success) {
    return {
      ...failure("invalid-input", "Some fields need attention."),
      fieldErrors: toFieldErrors(parsed.error),
    };
  }
  const values = parsed.data;
  const body = toCreateRoomBody(values);
  // Without an id (a hand-made call) the request is its own intent; a malformed one is refused, since
  // silently replacing it would drop the duplicate protection its sender expects.
  const rawIntent = (input as { intentId?: unknown }).intentId;
  if (rawIntent !== undefined && !intentIdSchema.safeParse(rawIntent).success) {
    return {
      ...failure("invalid-input", "Some fields need attention."),
      fieldErrors: { intentId: ["The form's submission id is malformed; reload the page."] },
    };
  }
  const intentId = (rawIntent as string | undefined) ?? crypto.randomUUID();

  let db;
  let mayExist: boolean;
  try {
    db = await getDb();
    const hash = bodyHash(body);
    const claim = await claimIntent(db, {
      intent_id: intentId,
      room_id: values.roomId,
      actor_id: actor.id,
      body_hash: hash,
    });
    if (claim.claimed) {
      mayExist = await priorUnsettledIntent(db, values.roomId, intentId);
    } else {
      if (claim.existing.body_hash !== hash || claim.existing.actor_id !== actor.id) {
        return failure(
          "intent-reused",
          "This form was already sent with other values. Reload the page to schedule again.",
        );
      }
      if (!(await takeOverStaleIntent(db, claim.existing, STALE_INTENT_MS)))
        return replay(db, claim.existing.intent_id);
      mayExist = true;
    }
  } catch {
    return failure(
      "storage",
      "Roomdesk could not record this request, so nothing was sent to Tencent. Try again.",
    );
  }

  let result: ScheduleMeetingResult;
  let status: "created" | "failed" | "conflict";
  try {
    const outcome = await createRoomReliably(
      attemptsFor(db, actor, intentId, getTrtcClient(), config),
      body,
      {
        mayExist,
      },
    );
    result = await toResult(outcome, values);
    status = result.ok ? "created" : outcome.status === "conflict" ? "conflict" : "failed";
  } catch {
    // The audit log refused a row (fail closed: no further call was made) or the rate limiter's store
    // failed. The intent ends as failed; an unsettled intent makes the next try verify before creating.
    result = failure(
      "storage",
      "Roomdesk could not record a call to Tencent, so it stopped. Check Meetings, then try again.",
    );
    status = "failed";
  }
  if (result.ok) {
    try {
      await recordScheduledMeeting(db, {
        values,
        start: result.start,
        end: result.end,
        createdBy: actor.id,
        createRequestId: result.requestId,
      });
    } catch {
      // The room exists and the intent below records it; the list can re-import it by RoomId.
      console.error(`roomdesk: meeting ${values.roomId} was created but could not be added to the index`);
    }
  }
  await finishIntent(db, intentId, status, result).catch(() => {
    console.error(`roomdesk: the outcome of scheduling intent ${intentId} could not be stored`);
  });
  return result;

  async function toResult(o: CreateOutcome, v: typeof values): Promise<ScheduleMeetingResult> {
    if (o.status === "created") {
      const { start, end } = scheduleWindow(v.schedule);
      const { roomId, roomName, schedule } = v;
      return {
        ok: true,
        roomId,
        requestId: o.requestId,
        roomName: roomName || roomId,
        timeZone: schedule.timeZone,
        start,
        end,
        verified: o.verified,
      };
    }
    if (o.status === "conflict") {
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
    }
    return describeFailure(o.error);
  }
}

async function replay(
  db: Awaited<ReturnType<typeof getDb>>,
  intentId: string,
): Promise<ScheduleMeetingResult> {
  const row = await waitForIntent(db, intentId, 30_000);
  if (row?.outcome) return JSON.parse(row.outcome) as ScheduleMeetingResult;
  return failure(
    "in-progress",
    "This meeting is still being scheduled. Check Meetings in a moment before trying again.",
  );
}
