import "server-only";
import { failureCode, failureSentence } from "@/lib/i18n/describe-failure";
import type { Translate } from "@/lib/i18n/translate";
import { makeCreateSeriesSchema } from "@/lib/schemas/series";
import { cancelOccurrencesSchema } from "@/lib/schemas/series-ops";
import { seriesPath } from "@/lib/series/types";
import type { AppDeps } from "@/lib/server/app";
import type { MeetingDeps } from "@/lib/server/meetings/deps";
import { createSeries } from "@/lib/server/series/create-series";
import { cancelOccurrences, type SeriesChangeOutcome } from "@/lib/server/series/series-changes";
import { failure } from "../present/meetings";
import type { ActionResult } from "../result";
import { actionFor, invalidInput } from "../safe-action";

export type CreateSeriesResult = ActionResult<{ seriesId: string; jobId: string; href: string }>;
export type SeriesChangeResult = ActionResult<{ message: string }>;

export const createSeriesDefinition = actionFor<Pick<AppDeps, "db" | "now" | "limits">>()({
  access: { role: "admin" },
  schema: async (app) => makeCreateSeriesSchema({ ...app.limits, now: app.now }),
  invalid: (error, t) => invalidInput(error, t, { notFields: ["seriesId"] }),
  run: async ({ input, actor, app, t }): Promise<CreateSeriesResult> => {
    const o = await createSeries(app, actor!, input);
    if (o.kind === "room-taken")
      return {
        ...failure("conflict:room", t("series.roomTaken", { roomId: o.roomId })),
        fieldErrors: { roomId: [t("series.roomTaken", { roomId: o.roomId })] },
      };
    return { ok: true, seriesId: o.seriesId, jobId: o.jobId, href: seriesPath(o.seriesId) };
  },
});

function presentCancel(t: Translate, o: SeriesChangeOutcome): SeriesChangeResult {
  if (o.kind === "not-found") return failure("not-found", t("series.notFound"));
  if (o.kind === "nothing-to-change") return failure("conflict:state", t("series.nothingToChange"));
  if (o.failed.length === 0) {
    const count = o.changed.length;
    return { ok: true, message: t("series.cancelled", { count }) };
  }
  const first = o.failed[0]!;
  const reason = first.failure ? failureSentence(t, first.failure) : t("series.roomNotChanged");
  return failure(
    first.failure ? failureCode(first.failure) : "conflict:state",
    t("series.partlyDone", { done: o.changed.length, failed: o.failed.length, roomId: first.roomId, reason }),
    first.failure?.requestId ?? null,
  );
}

const seriesAction = actionFor<MeetingDeps>();

export const cancelOccurrencesDefinition = seriesAction({
  access: { role: "admin" },
  schema: cancelOccurrencesSchema,
  invalid: (error, t) => invalidInput(error, t, { notFields: ["seriesId", "index", "scope"] }),
  run: async ({ input, actor, app, t }) => presentCancel(t, await cancelOccurrences(app, actor!, input)),
});
