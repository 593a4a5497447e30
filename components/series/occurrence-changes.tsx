"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cancelOccurrencesAction } from "@/lib/actions/series/actions";
import type { ActionResult } from "@/lib/actions/result";
import { useT, useViewerLocale } from "@/lib/i18n/use-t";
import { inScope, type SeriesScope } from "@/lib/schemas/series-ops";
import type { OccurrenceView, SeriesView } from "@/lib/series/types";
import { seriesOptions } from "@/lib/queries/series";
import { epochToWallTime, formatDay } from "@/lib/time";
import { MovedNote } from "./moved-note";
import { OccurrenceEdit } from "./occurrence-edit";
import { RescheduleOccurrenceDialog } from "./reschedule-occurrence-dialog";
import { ScopeSelect } from "./scope-select";

type Outcome = { ok: boolean; message: string } | null;

/** Change the chosen occurrence, it and the following ones, or all of them; or cancel them. */
export function OccurrenceChanges({
  series,
  occurrence,
  maxMembers,
}: {
  series: SeriesView;
  occurrence: OccurrenceView;
  /** The package's member limit, the edit's limit for max members. */
  maxMembers: number;
}) {
  const t = useT();
  const locale = useViewerLocale();
  const queryClient = useQueryClient();
  const [cancelScope, setCancelScope] = useState<SeriesScope>("one");
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const ref = { seriesId: series.seriesId, index: occurrence.index };
  const toCancel = series.occurrences.filter(
    (o) => o.state === "scheduled" && inScope(cancelScope, occurrence.index, o.index),
  ).length;

  async function run(call: () => Promise<ActionResult<{ message: string }>>) {
    setPending(true);
    try {
      const result = await call();
      const message = result.ok
        ? result.message
        : (Object.values(result.fieldErrors ?? {})[0]?.[0] ??
          result.error?.message ??
          t("scheduleForm.refused"));
      setOutcome({ ok: result.ok, message });
    } catch {
      setOutcome({ ok: false, message: t("scheduleForm.lostAnswer") });
    } finally {
      setPending(false);
      setConfirming(false);
      void queryClient.invalidateQueries({ queryKey: seriesOptions(series.seriesId).queryKey });
    }
  }

  // Where the meeting is now, in the series' zone, as its row says: a moved one is no longer at the rule's.
  const wall = epochToWallTime(occurrence.start, series.timeZone);
  return (
    <section
      aria-labelledby="occurrence-changes"
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-6"
    >
      <div>
        <h2 id="occurrence-changes" className="text-lg font-semibold">
          {t("series.changeHeading", {
            index: occurrence.index + 1,
            day: formatDay(wall.date, locale),
            time: wall.time,
          })}
        </h2>
        <MovedNote series={series} occurrence={occurrence} />
      </div>
      <RescheduleOccurrenceDialog key={occurrence.roomId} series={series} occurrence={occurrence} />
      <OccurrenceEdit target={{ ...ref, maxMembers }} roomId={occurrence.roomId} />
      <div className="grid gap-3 sm:grid-cols-[1fr_auto] sm:items-end">
        <ScopeSelect
          id="series-cancel-scope"
          scopes={["one", "following"]}
          value={cancelScope}
          onChange={setCancelScope}
        />
        {confirming ? (
          <div className="flex gap-2">
            <Button
              disabled={pending}
              onClick={() =>
                void run(() => cancelOccurrencesAction({ ...ref, scope: cancelScope as "one" | "following" }))
              }
            >
              {t("series.confirmCancel", { count: toCancel })}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {t("series.keep")}
            </Button>
          </div>
        ) : (
          <Button variant="secondary" disabled={pending} onClick={() => setConfirming(true)}>
            {t("series.cancelMeetings")}
          </Button>
        )}
      </div>
      <div aria-live="polite">
        {pending ? <p className="text-sm text-slate-500">{t("series.working")}</p> : null}
        {outcome ? (
          <Alert tone={outcome.ok ? "info" : "error"} role={outcome.ok ? "status" : "alert"}>
            {outcome.message}
          </Alert>
        ) : null}
      </div>
    </section>
  );
}
