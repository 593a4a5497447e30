import "server-only";
import type { Translate } from "@/lib/i18n/translate";
import { makeRescheduleOccurrenceSchema } from "@/lib/schemas/series-reschedule";
import type { SchedulingDeps } from "@/lib/server/meetings/deps";
import {
  rescheduleOccurrence,
  type RescheduleOccurrenceOutcome,
} from "@/lib/server/series/reschedule-occurrence";
import { failure } from "../present/meetings";
import { presentReschedule } from "../present/reschedule";
import type { ActionResult } from "../result";
import { actionFor, invalidInput } from "../safe-action";

export type RescheduleOccurrenceResult = ActionResult<{ roomId: string; message: string }>;

/** A moved occurrence's outcome in the catalog's words; the meeting's own reschedule says the rest. */
export function presentOccurrenceReschedule(
  t: Translate,
  o: RescheduleOccurrenceOutcome,
): RescheduleOccurrenceResult {
  switch (o.kind) {
    case "not-found":
      return failure("not-found", t("series.notFound"));
    case "not-scheduled":
      return failure("conflict:state", t("seriesMove.notScheduled"));
    case "other-zone": {
      const message = t("seriesMove.otherZone", { zone: o.zone });
      return { ...failure("invalid-input", message), fieldErrors: { "schedule.timeZone": [message] } };
    }
    case "no-room-id":
      return failure("conflict:room", t("seriesMove.noRoomId", { date: o.date }));
    case "meeting": {
      const result = presentReschedule(t, o.outcome);
      if (!result.ok) return result;
      const words = { roomId: result.roomId, from: result.from };
      return {
        ok: true,
        roomId: result.roomId,
        message: t(result.oldRoom === "destroyed" ? "seriesMove.done" : "seriesMove.donePending", words),
      };
    }
  }
}

/** Moving one occurrence after its guard: admins only, the new time checked against the server's clock. */
export const rescheduleOccurrenceDefinition = actionFor<SchedulingDeps>()({
  access: { role: "admin" },
  schema: async (app) => makeRescheduleOccurrenceSchema(app.now),
  invalid: (error, t) => invalidInput(error, t, { notFields: ["seriesId", "index"] }),
  run: async ({ input, actor, app, t }) =>
    presentOccurrenceReschedule(t, await rescheduleOccurrence(app, actor!, input)),
});
