import "server-only";
import { z } from "zod";
import { toFieldErrors } from "@/lib/schemas/field-errors";
import { makeScheduleMeetingSchema, type ScheduleMeetingValues } from "@/lib/schemas/meeting";
import { toCreateRoomBody } from "@/lib/schemas/create-room-body";
import type { ActionFailure } from "@/lib/actions/result";
import type { Actor } from "../auth/guard";
import { getApp } from "../app";
import type { SchedulingDeps } from "./deps";
import {
  bodyHash,
  claimIntent,
  getIntent,
  intentRequestOf,
  priorUnsettledIntent,
  takeOverIntent,
  waitForIntent,
  type IntentRow,
} from "./intents";
import { runIntent } from "./run-intent";
import { storageFailure, type ScheduleMeetingResult } from "./schedule-result";

export type { ScheduledMeeting, ScheduleMeetingResult } from "./schedule-result";

/** One id per form submission intent, made by the browser; resending it never books a second room. */
const intentIdSchema = z.string().regex(/^[A-Za-z0-9-]{8,64}$/);

/** A resubmission waits this long for the instance working on the intent, below the action's budget. */
const WAIT_FOR_WORKER_MS = 30_000;

const failure = (code: string, message: string): ActionFailure => ({
  ok: false,
  error: { code, message, requestId: null },
});
const invalid = (fieldErrors: Record<string, string[]>): ActionFailure => ({
  ...failure("invalid-input", "Some fields need attention."),
  fieldErrors,
});

/**
 * Validates with the same schema as the form (the browser is never trusted), persists the intent before
 * any call (fail closed: no record, no call), creates the room at most once, and indexes it.
 */
export async function scheduleMeeting(
  actor: Actor,
  input: unknown,
  deps?: SchedulingDeps,
): Promise<ScheduleMeetingResult> {
  // Without an id (a hand-made call) the request is its own intent; a malformed one is refused, since
  // silently replacing it would drop the duplicate protection its sender expects.
  const rawIntent = (input as { intentId?: unknown } | null)?.intentId;
  if (rawIntent !== undefined && !intentIdSchema.safeParse(rawIntent).success) {
    return invalid({ intentId: ["The form's submission id is malformed; reload the page."] });
  }
  const intentId = (rawIntent as string | undefined) ?? crypto.randomUUID();

  let d: SchedulingDeps;
  let stored: IntentRow | undefined;
  try {
    d = deps ?? (await getApp());
    stored = rawIntent === undefined ? undefined : await getIntent(d.db, intentId);
  } catch {
    return storageFailure(
      "Roomdesk could not record this request, so nothing was sent to Tencent. Try again.",
    );
  }

  // A resend of a stored intent gets that intent's answer, even once its start has passed: the clock
  // rule only guards new meetings, so the stored intent's values are read without it.
  const schema = makeScheduleMeetingSchema({ ...d.limits, now: stored ? () => 0 : d.now });
  const parsed = schema.safeParse(input);
  if (!parsed.success) return invalid(toFieldErrors(parsed.error));
  const values = parsed.data;
  const body = toCreateRoomBody(values);
  const hash = bodyHash(body);
  if (stored) return resume(d, actor, stored, { values, body, hash });

  try {
    const claim = await claimIntent(
      d.db,
      {
        intent_id: intentId,
        room_id: values.roomId,
        actor_id: actor.id,
        body_hash: hash,
        start_time: body.RoomInfo.ScheduleStartTime ?? null,
        request: { values, body },
      },
      d.lease,
    );
    if (!claim.claimed) return resume(d, actor, claim.existing, { values, body, hash });
    const mayExist = await priorUnsettledIntent(d.db, values.roomId, intentId);
    return await start(d, actor, intentId, values, body, mayExist);
  } catch {
    return storageFailure(
      "Roomdesk could not record this request, so nothing was sent to Tencent. Try again.",
    );
  }
}

function start(
  d: SchedulingDeps,
  actor: Actor,
  intentId: string,
  values: ScheduleMeetingValues,
  body: ReturnType<typeof toCreateRoomBody>,
  mayExist: boolean,
) {
  return runIntent(d, { intentId, actor, scheduledBy: actor.id, request: { values, body }, mayExist });
}

/** The same intent again (double click, second tab, another instance, a retry after a crash). */
async function resume(
  d: SchedulingDeps,
  actor: Actor,
  row: IntentRow,
  sent: { values: ScheduleMeetingValues; body: ReturnType<typeof toCreateRoomBody>; hash: string },
): Promise<ScheduleMeetingResult> {
  if (row.body_hash !== sent.hash || row.actor_id !== actor.id) {
    return failure(
      "intent-reused",
      "This form was already sent with other values. Reload the page to schedule again.",
    );
  }
  // Intents stored before requests were kept carry none; the same hash means this submission's body.
  const request = intentRequestOf(row) ?? { values: sent.values, body: sent.body };
  if (await takeOverIntent(d.db, row, d.lease)) {
    // Its worker is gone or gave up without knowing: a room may exist, so this verifies first.
    return start(d, actor, row.intent_id, request.values, request.body, true);
  }
  const settled =
    row.status === "pending" ? await waitForIntent(d.db, row.intent_id, WAIT_FOR_WORKER_MS) : row;
  if (settled?.outcome && settled.status !== "pending")
    return JSON.parse(settled.outcome) as ScheduleMeetingResult;
  return failure(
    "in-progress",
    "This meeting is still being scheduled. Check Meetings in a moment before trying again.",
  );
}
