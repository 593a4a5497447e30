import "server-only";
import { z } from "zod";
import { toCreateRoomBody } from "@/lib/schemas/create-room-body";
import { makeScheduleMeetingSchema, type ScheduleMeetingValues } from "@/lib/schemas/meeting";
import { messages } from "@/lib/schemas/messages";
import type { ScheduledMeeting } from "@/lib/meetings/types";
import { fromRoomInfo } from "@/lib/trtc/room-fields";
import type { CreateRoomBody } from "@/lib/trtc/wire";
import type { AuditActor } from "../audit/record";
import type { SchedulingDeps } from "./deps";
import { claimIntentUnlessKept } from "./claim-unless-kept";
import {
  bodyHash,
  intentExists,
  intentRequestOf,
  priorUnsettledIntent,
  takeOverIntent,
  waitForIntent,
  type IntentRow,
} from "./intents";
import type { ScheduleMeetingOutcome, ScheduleOutcome } from "./outcomes";
import { runIntent } from "./run-intent";

/** One id per form submission intent, made by the browser; resending it never books a second room. */
export const INTENT_ID = /^[A-Za-z0-9-]{8,64}$/;

/** A resubmission waits this long for the instance working on the intent, below the action's budget. */
const WAIT_FOR_WORKER_MS = 30_000;

export type ScheduleSubmission = ScheduleMeetingValues & { intentId?: string };

/**
 * The schema a submission is checked with: the form's own, plus its submission id. A resend of a stored
 * intent gets that intent's answer even once its start has passed, so for one the clock rule is left out.
 * A malformed id is refused rather than replaced: that would drop the protection its sender expects.
 */
export async function scheduleSubmissionSchema(
  deps: Pick<SchedulingDeps, "db" | "limits" | "now">,
  raw: unknown,
) {
  const claimed = (raw as { intentId?: unknown } | null)?.intentId;
  const stored =
    typeof claimed === "string" && INTENT_ID.test(claimed) && (await intentExists(deps.db, claimed));
  const schemas = submissionSchemas(deps.limits, deps.now);
  return stored ? schemas.resend : schemas.fresh;
}

const submissionSchemaFor = (limits: SchedulingDeps["limits"], now: () => number) =>
  makeScheduleMeetingSchema({ ...limits, now }).extend({
    intentId: z.string().regex(INTENT_ID, messages.intentMalformed).optional(),
  });

type SubmissionSchemas = Record<"fresh" | "resend", ReturnType<typeof submissionSchemaFor>>;
const builtSchemas = new WeakMap<object, WeakMap<() => number, SubmissionSchemas>>();

/**
 * The two submission schemas of one app (its limits and clock), built once: building a zod schema costs
 * more than checking a submission with it. The clock is read when a submission is checked, not here.
 */
function submissionSchemas(limits: SchedulingDeps["limits"], now: () => number): SubmissionSchemas {
  let byClock = builtSchemas.get(limits);
  if (!byClock) builtSchemas.set(limits, (byClock = new WeakMap()));
  let schemas = byClock.get(now);
  if (!schemas) {
    schemas = { fresh: submissionSchemaFor(limits, now), resend: submissionSchemaFor(limits, () => 0) };
    byClock.set(now, schemas);
  }
  return schemas;
}

/**
 * Persists the intent before any call (fail closed: no record, no call), creates the room at most once,
 * and indexes it. The values passed the shared schema in the action (scheduleSubmissionSchema). A RoomId
 * a series occurrence keeps is refused before anything is recorded (claim-unless-kept.ts); the series'
 * own rooms are made by its job (lib/server/bulk/run-row.ts), which claims without that check.
 */
export async function scheduleMeeting(
  deps: SchedulingDeps,
  actor: AuditActor,
  { intentId: given, ...values }: ScheduleSubmission,
): Promise<ScheduleMeetingOutcome> {
  // Without an id (a hand-made call) the request is its own intent.
  const intentId = given ?? crypto.randomUUID();
  const body = toCreateRoomBody(values);
  const sent = { values, body, hash: bodyHash(body) };
  try {
    // A resend meets its stored intent in the claim's conflict: no separate read first.
    const claim = await claimIntentUnlessKept(
      deps.db,
      {
        intent_id: intentId,
        room_id: values.roomId,
        actor_id: actor.id,
        body_hash: sent.hash,
        start_time: fromRoomInfo(body.RoomInfo).start ?? null,
        request: { values, body },
      },
      deps.lease,
    );
    if ("keptBySeries" in claim) return { kind: "room-id-held", roomId: values.roomId };
    if (!claim.claimed) return await resume(deps, actor, claim.existing, sent);
    const mayExist = await priorUnsettledIntent(deps.db, values.roomId, intentId);
    return await runIntent(deps, {
      intentId,
      actor,
      scheduledBy: actor.id,
      request: { values, body },
      mayExist,
    });
  } catch {
    return { kind: "not-recorded", stage: "intent" };
  }
}

/** The same intent again (double click, second tab, another instance, a retry after a crash). */
async function resume(
  deps: SchedulingDeps,
  actor: AuditActor,
  row: IntentRow,
  sent: { values: ScheduleMeetingValues; body: CreateRoomBody; hash: string },
): Promise<ScheduleOutcome> {
  if (row.body_hash !== sent.hash || row.actor_id !== actor.id) return { kind: "intent-reused" };
  // Intents stored before requests were kept carry none; the same hash means this submission's body.
  const request = intentRequestOf(row) ?? { values: sent.values, body: sent.body };
  if (await takeOverIntent(deps.db, row, deps.lease)) {
    // Its worker is gone or gave up without knowing: a room may exist, so this verifies first.
    return runIntent(deps, {
      intentId: row.intent_id,
      actor,
      scheduledBy: actor.id,
      request,
      mayExist: true,
    });
  }
  const settled =
    row.status === "pending" ? await waitForIntent(deps.db, row.intent_id, WAIT_FOR_WORKER_MS) : row;
  if (settled?.outcome && settled.status !== "pending") return storedOutcome(settled.outcome);
  return { kind: "in-progress" };
}

/**
 * An intent's recorded outcome. Rows from before outcomes were stored hold the result shown then: a
 * success is read back as such; anything else asks for a fresh form (a new intent).
 */
function storedOutcome(json: string): ScheduleOutcome {
  const value = JSON.parse(json) as ScheduleOutcome | ({ ok: boolean } & Record<string, unknown>);
  if ("kind" in value) return value as ScheduleOutcome;
  if (!value.ok) return { kind: "intent-reused" };
  const { roomId, requestId, roomName, timeZone, start, end, verified } =
    value as unknown as ScheduledMeeting;
  return { kind: "scheduled", meeting: { roomId, requestId, roomName, timeZone, start, end, verified } };
}
