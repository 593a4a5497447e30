import "server-only";
import type { ScheduledMeeting } from "@/lib/meetings/types";
import type { ScheduleOutcome } from "@/lib/meetings/schedule-outcome";
import type { AuditActor } from "../audit/record";
import { followReplacedRoom } from "../series/occurrence-follows";
import type { SchedulingDeps } from "./deps";
import { destroyIndexedRoom } from "./destroy-room";
import { getIntent, intentRequestOf, priorUnsettledIntent, takeOverIntent, type IntentRow } from "./intents";
import { findMeetingRow } from "./meeting-rows";
import type { RescheduleOutcome } from "./outcomes";
import {
  finishReschedule,
  holdRescheduleLease,
  markCreated,
  releaseReschedule,
  type RescheduleRow,
} from "./reschedule-records";
import { runIntent } from "./run-intent";

/** Where the new room stands: made, refused for good, or still open (Tencent did not confirm). */
type CreateStep =
  | { kind: "created"; meeting: ScheduledMeeting }
  | { kind: "refused"; reason: ScheduleOutcome }
  | { kind: "open" };

const storedOutcome = (row: IntentRow): ScheduleOutcome | null =>
  row.outcome ? (JSON.parse(row.outcome) as ScheduleOutcome) : null;

function stepOf(row: IntentRow | undefined): CreateStep {
  const outcome = row && storedOutcome(row);
  if (!row || row.status === "pending" || row.status === "unknown" || !outcome) return { kind: "open" };
  if (row.status === "created" && outcome.kind === "scheduled")
    return { kind: "created", meeting: outcome.meeting };
  return { kind: "refused", reason: outcome };
}

/**
 * Step 1: the new room, through the schedule path's own intent (same id): created at most once, verified
 * with get_room_info whenever an earlier attempt may have made it. `fresh`: this caller recorded the intent
 * a moment ago and holds its lease; otherwise it runs only an intent nobody is working on.
 */
async function createStep(
  deps: SchedulingDeps,
  r: RescheduleRow,
  actor: AuditActor,
  fresh: boolean,
): Promise<CreateStep> {
  const intent = await getIntent(deps.db, r.intent_id);
  const request = intent && intentRequestOf(intent);
  if (!intent || !request) return { kind: "open" };
  if (intent.status === "pending" || intent.status === "unknown") {
    const mine = fresh && intent.status === "pending" && intent.lease_owner === deps.lease.owner;
    if (!mine && !(await takeOverIntent(deps.db, intent, deps.lease))) return { kind: "open" };
    await runIntent(deps, {
      intentId: r.intent_id,
      actor,
      scheduledBy: r.actor_id,
      request,
      mayExist: !mine || (await priorUnsettledIntent(deps.db, r.new_room_id, r.intent_id)),
    });
  }
  return stepOf(await getIntent(deps.db, r.intent_id));
}

/**
 * Works one leased reschedule as far as it goes: the new room, then the old room's destroy, then the
 * story's end. Never both or neither: a refused create ends it with the old meeting untouched; once the
 * new room exists the old one is always destroyed, here or by a later reconciler pass. Shared by the
 * reschedule action and the reconciler.
 */
export async function runReschedule(
  deps: SchedulingDeps,
  r: RescheduleRow,
  actor: AuditActor,
  opts: { fresh: boolean },
): Promise<RescheduleOutcome> {
  const owner = deps.lease.owner;
  const release = holdRescheduleLease(deps.db, r.intent_id, deps.lease);
  const from = r.old_room_id;
  try {
    const created = await createStep(deps, r, actor, opts.fresh && r.status === "creating");
    if (created.kind === "open") {
      await releaseReschedule(deps.db, r.intent_id, owner);
      return { kind: "unconfirmed", from, to: r.new_room_id };
    }
    if (created.kind === "refused") {
      const outcome: RescheduleOutcome = { kind: "not-rescheduled", from, reason: created.reason };
      const now = deps.now();
      await finishReschedule(deps.db, r, owner, { status: "not-rescheduled", outcome, actor, now });
      return outcome;
    }
    // Before the old room goes: a series that holds it points at the new one first (again on a later
    // pass, where it changes nothing), so the series never shows a destroyed room.
    await followReplacedRoom(deps.db, actor, {
      rescheduleId: r.intent_id,
      from,
      to: r.new_room_id,
      now: deps.now(),
    });
    if (r.status === "creating") await markCreated(deps.db, r.intent_id, owner, deps.now());

    // Step 2: the old room. A meeting cancelled meanwhile (by hand) has nothing left to destroy.
    const old = await findMeetingRow(deps.db, from);
    if (old && old.status !== "cancelled") {
      const destroyed = await destroyIndexedRoom(
        deps,
        { actor, intentId: r.intent_id },
        from,
        () => `rescheduled:${r.new_room_id}`,
      );
      if (!destroyed.ok) {
        await releaseReschedule(deps.db, r.intent_id, owner);
        return { kind: "rescheduled", from, meeting: created.meeting, oldRoom: "pending" };
      }
    }
    // Step 3: the story's end.
    const outcome: RescheduleOutcome = {
      kind: "rescheduled",
      from,
      meeting: created.meeting,
      oldRoom: "destroyed",
    };
    await finishReschedule(deps.db, r, owner, { status: "done", outcome, actor, now: deps.now() });
    return outcome;
  } finally {
    release();
  }
}
