import "server-only";
import { fromRoomInfo } from "@/lib/trtc/room-fields";
import type { AuditActor } from "../audit/record";
import { auditedTrtc } from "../audit/audited-trtc";
import type { IntentStatus } from "../db/schema";
import type { ScheduledMeeting } from "@/lib/meetings/types";
import { createRoomReliably, type CreateOutcome } from "./create-room-reliably";
import type { SchedulingDeps } from "./deps";
import { finishIntentWith, holdLease, type IntentRequest } from "./intents";
import { recordScheduledMeeting, recordScheduledMeetingAnd, type NewMeeting } from "./meeting-index";
import type { ScheduleOutcome } from "./outcomes";
import { scheduleOutcome } from "./schedule-result";

export interface IntentRun {
  intentId: string;
  /** Who the calls are made as: the admin who scheduled, or the reconciler finishing it. */
  actor: AuditActor;
  /** The admin who scheduled it, for the meetings index. */
  scheduledBy: string;
  request: IntentRequest;
  /** An earlier attempt may have made the room: verify before creating. */
  mayExist: boolean;
}

const STATUS: Record<CreateOutcome["status"], Exclude<IntentStatus, "pending">> = {
  created: "created",
  conflict: "conflict",
  failed: "failed",
  unknown: "unknown",
};

const meetingOf = (run: IntentRun, m: ScheduledMeeting): NewMeeting => ({
  values: run.request.values,
  start: m.start,
  end: m.end,
  createdBy: run.scheduledBy,
  createRequestId: m.requestId,
  lineage: run.request.lineage,
});

/**
 * Works one leased intent to its end: creates the room at most once, indexes it, and records the result
 * the user sees (replayed to a resubmission). Shared by the schedule action and the reconciler.
 */
export async function runIntent(deps: SchedulingDeps, run: IntentRun): Promise<ScheduleOutcome> {
  const { values, body } = run.request;
  const release = holdLease(deps.db, run.intentId, deps.lease);
  try {
    const bodyStart = fromRoomInfo(body.RoomInfo).start;
    const startSeconds = bodyStart ?? Number.POSITIVE_INFINITY;
    const outcome = await createRoomReliably(
      {
        trtc: auditedTrtc(deps, { actor: run.actor, intentId: run.intentId }),
        budget: deps.retry.budget,
        maxAttempts: deps.retry.maxAttempts,
        backoff: deps.retry.backoff,
        adminUserId: deps.adminUserId,
        sleep: deps.retry.sleep,
      },
      body,
      { mayExist: run.mayExist, mayCreate: startSeconds > deps.now() / 1000 },
    );
    const result = scheduleOutcome(outcome, values, run.intentId, bodyStart);
    const status = STATUS[outcome.status];
    const settle = (executor: Parameters<typeof finishIntentWith>[0]) =>
      finishIntentWith(executor, run.intentId, deps.lease.owner, status, result);
    // A new room and its intent's outcome are written in one transaction; if that fails, each on its own.
    const together =
      result.kind === "scheduled" &&
      (await recordScheduledMeetingAnd(deps.db, meetingOf(run, result.meeting), settle).then(
        () => true,
        () => false,
      ));
    if (!together) {
      if (result.kind === "scheduled")
        await recordScheduledMeeting(deps.db, meetingOf(run, result.meeting)).catch(() => {
          // The room exists and the intent below records it; the list can re-import it by RoomId.
          console.error(`roomdesk: meeting ${values.roomId} was created but could not be added to the index`);
        });
      await settle(deps.db.kysely).catch(() => {
        console.error(`roomdesk: the outcome of scheduling intent ${run.intentId} could not be stored`);
      });
    }
    return result;
  } finally {
    release();
  }
}
