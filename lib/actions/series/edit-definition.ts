import "server-only";
import { failureCode, failureSentence } from "@/lib/i18n/describe-failure";
import type { Translate } from "@/lib/i18n/translate";
import { makeEditSeriesSchema } from "@/lib/schemas/series-ops";
import type { MeetingDeps } from "@/lib/server/meetings/deps";
import { editSeries } from "@/lib/server/series/edit-series";
import type { SeriesChangeOutcome } from "@/lib/server/series/series-changes";
import { failure } from "../present/meetings";
import { actionFor, invalidInput } from "../safe-action";
import type { SeriesEditResult } from "./edit-result";

/** How many rooms took the change, and how many already had it (they got no call). */
function doneMessage(t: Translate, changed: number, same: number): string {
  if (same === 0) return t("series.edited", { count: changed });
  if (changed === 0) return t("series.editedAllSame", { count: same });
  return t("series.editedSomeSame", { changed, same });
}

function presentEdit(t: Translate, o: SeriesChangeOutcome): SeriesEditResult {
  if (o.kind === "not-found") return failure("not-found", t("series.notFound"));
  if (o.kind === "nothing-to-change") return failure("conflict:state", t("series.nothingToChange"));
  if (o.failed.length === 0)
    return { ok: true, message: doneMessage(t, o.changed.length, o.unchanged.length) };
  const rooms = o.failed.map((f) => ({
    roomId: f.roomId,
    reason: f.failure ? failureSentence(t, f.failure) : t("series.roomNotChanged"),
    requestId: f.failure?.requestId ?? null,
  }));
  const first = o.failed[0]!.failure;
  const done = o.changed.length + o.unchanged.length;
  const message = t("series.editPartlyDone", { done, failed: o.failed.length });
  return { ...failure(first ? failureCode(first) : "conflict:state", message), rooms };
}

/** What update_room_info may change, for one occurrence, it and the following ones, or all of a series. */
export const editSeriesDefinition = actionFor<MeetingDeps>()({
  access: { role: "admin" },
  schema: async (app) => makeEditSeriesSchema(app.limits),
  // The form's fields are the changes; "nothing changed" and the series' own references are said above them.
  invalid: (error, t) =>
    invalidInput(error, t, { within: "changes", notFields: ["seriesId", "index", "scope", "changes"] }),
  run: async ({ input, actor, app, t }) => presentEdit(t, await editSeries(app, actor!, input)),
});
