import "server-only";
import { describeChange } from "@/lib/i18n/field-labels";
import { cancelNote } from "@/lib/i18n/meeting-notes";
import {
  describeTries,
  failureCode,
  failureField,
  failureMessage,
  failureSentence,
} from "@/lib/i18n/describe-failure";
import type { Translate } from "@/lib/i18n/translate";
import type { ScheduleMeetingResult } from "@/lib/actions/result";
import type { Tries, UpstreamFailure } from "@/lib/trtc/failure";
import type {
  CancelOutcome,
  ImportOutcome,
  ScheduleMeetingOutcome,
  UpdateOutcome,
} from "@/lib/server/meetings/outcomes";
import type { ActionFailure, ActionResult } from "../result";

/** Outcomes of the meetings services in the words of the catalog: what each form shows. */

export const failure = (code: string, message: string, requestId: string | null = null): ActionFailure => ({
  ok: false,
  error: { code, message, requestId },
});

/** A failed TRTC call: the sentence, the retry summary, and the field it belongs on, if any. */
export function upstreamFailure(t: Translate, f: UpstreamFailure, tries?: Tries): ActionFailure {
  const message = failureMessage(t, f, tries ?? { attempts: 1, stoppedBy: null });
  const result = failure(failureCode(f), message, f.requestId);
  const field = failureField(t, f, message);
  return field ? { ...result, fieldErrors: { [field[0]]: [field[1]] } } : result;
}

export function presentSchedule(t: Translate, o: ScheduleMeetingOutcome): ScheduleMeetingResult {
  switch (o.kind) {
    case "scheduled":
      return { ok: true, ...o.meeting };
    case "room-id-held":
      return {
        ...failure("conflict:room", t("schedule.roomIdHeld", { roomId: o.roomId })),
        fieldErrors: { roomId: [t("schedule.roomIdTaken")] },
      };
    case "conflict":
      return {
        ...failure(
          "conflict:room",
          t("schedule.conflict", {
            roomId: o.roomId,
            fields: o.mismatches.join(", "),
            requestId: o.requestId,
          }),
          o.requestId,
        ),
        fieldErrors: { roomId: [t("schedule.conflictField")] },
      };
    case "unconfirmed": {
      const cause = o.failure ? `${failureSentence(t, o.failure)} ` : "";
      const tries = describeTries(t, o.failure, o.tries);
      const details = `${cause}${tries ? `${tries} ` : ""}`;
      return {
        ...failure(
          "trtc:unconfirmed",
          t("schedule.unconfirmed", { roomId: o.roomId, details }),
          o.failure?.requestId ?? null,
        ),
        unconfirmed: { intentId: o.intentId, roomId: o.roomId },
      };
    }
    case "failed":
      return upstreamFailure(t, o.failure, o.tries);
    case "start-passed":
      return failure("start-passed", t("schedule.startPassed", { roomId: o.roomId }), o.requestId);
    case "not-recorded":
      return failure(
        "storage",
        t(o.stage === "intent" ? "schedule.notRecorded" : "schedule.auditUnavailable"),
      );
    case "intent-reused":
      return failure("intent-reused", t("schedule.intentReused"));
    case "in-progress":
      return failure("in-progress", t("schedule.inProgress"));
  }
}

type Updated = ActionResult<{
  requestId: string;
  sequence: number;
  changes: { field: string; label: string; from: string; to: string }[];
}>;

export function presentUpdate(t: Translate, o: UpdateOutcome): Updated {
  switch (o.kind) {
    case "updated":
      return {
        ok: true,
        requestId: o.requestId,
        sequence: o.sequence,
        changes: o.changes.map((c) => ({ field: c.field, ...describeChange(t, c) })),
      };
    case "not-found":
      return failure("not-found", t("meeting.notIndexed"));
    case "cancelled":
      return failure("conflict:cancelled", t("meeting.cancelledNoChange"));
    case "no-change":
      return failure("no-change", t("meeting.noChange"));
    case "failed":
      return upstreamFailure(t, o.failure);
  }
}

type Cancelled = ActionResult<{ requestId: string | null; note: string | null; sequence: number }>;

export function presentCancel(t: Translate, o: CancelOutcome): Cancelled {
  switch (o.kind) {
    case "cancelled":
      return {
        ok: true,
        requestId: o.requestId,
        note: o.roomGone ? cancelNote(t, `room-gone:${o.requestId ?? ""}`) : null,
        sequence: o.sequence,
      };
    case "not-found":
      return failure("not-found", t("meeting.notIndexed"));
    case "already-cancelled":
      return failure("conflict:cancelled", t("meeting.alreadyCancelled"));
    case "name-mismatch":
      return {
        ...failure("invalid-input", t("meeting.nameMismatch")),
        fieldErrors: { confirmName: [t("meeting.typeNameExactly", { name: o.expected })] },
      };
    case "failed":
      return upstreamFailure(t, o.failure);
  }
}

export function presentImport(
  t: Translate,
  o: ImportOutcome,
): ActionResult<{ roomId: string; requestId: string }> {
  switch (o.kind) {
    case "imported":
      return { ok: true, roomId: o.roomId, requestId: o.requestId };
    case "already-indexed":
      return {
        ...failure("conflict:room", t("meeting.alreadyImported")),
        fieldErrors: { roomId: [t("meeting.alreadyImportedField")] },
      };
    case "no-such-room": {
      const message = t("meeting.noSuchRoom", { roomId: o.roomId });
      return { ...failure("trtc:100004", message, o.requestId), fieldErrors: { roomId: [message] } };
    }
    case "failed":
      return upstreamFailure(t, o.failure);
  }
}
