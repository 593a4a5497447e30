"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useMemo, useRef } from "react";
import { FormProvider } from "react-hook-form";
import { useViewerZone } from "@/components/meetings/use-viewer-zone";
import { TimeSection } from "@/components/schedule/time-section";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { useToast } from "@/components/ui/toast";
import { useActionForm } from "@/components/ui/use-action-form";
import { rescheduleOccurrenceAction } from "@/lib/actions/reschedule-occurrence";
import { useT } from "@/lib/i18n/use-t";
import { seriesOptions } from "@/lib/queries/series";
import {
  makeRescheduleOccurrenceSchema,
  type RescheduleOccurrenceInput,
} from "@/lib/schemas/series-reschedule";
import type { OccurrenceView, SeriesView } from "@/lib/series/types";
import { epochToWallTime } from "@/lib/time/wall-time";

const isField = (path: string) => path.startsWith("schedule.");

/** The form starts at the occurrence's current time and length, in the series' zone, which it keeps. */
function startingValues(series: SeriesView, o: OccurrenceView): RescheduleOccurrenceInput {
  return {
    seriesId: series.seriesId,
    index: o.index,
    schedule: {
      ...epochToWallTime(o.start, series.timeZone),
      timeZone: series.timeZone,
      durationMinutes: Math.round((o.end - o.start) / 60),
    },
  };
}

/**
 * "Reschedule this one": the schedule form's own time fields (its checks, preview and the choice on a
 * repeated or skipped wall time) in the series' zone. The server moves the occurrence to a new room.
 */
export function RescheduleOccurrenceDialog({
  series,
  occurrence,
}: {
  series: SeriesView;
  occurrence: OccurrenceView;
}) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const queryClient = useQueryClient();
  const toast = useToast();
  const viewerZone = useViewerZone();
  const schema = useMemo(() => makeRescheduleOccurrenceSchema(Date.now), []);
  const { form, formError, pending, onSubmit } = useActionForm({
    schema,
    defaultValues: startingValues(series, occurrence),
    send: (values) => rescheduleOccurrenceAction(values),
    isField,
    fallback: t("reschedule.fallback"),
    lostAnswer: t("reschedule.lostAnswer"),
    onSuccess: async (result) => {
      toast(result.message);
      dialog.current?.close();
      await queryClient.invalidateQueries({ queryKey: seriesOptions(series.seriesId).queryKey });
    },
  });
  const index = occurrence.index + 1;

  return (
    <>
      <Button variant="secondary" onClick={() => dialog.current?.showModal()}>
        {t("seriesMove.action")}
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby="reschedule-occurrence-title"
        className="m-auto max-h-[90vh] w-full max-w-xl overflow-y-auto rounded-xl border border-slate-200 p-6 shadow-xl backdrop:bg-slate-900/40"
      >
        <h2 id="reschedule-occurrence-title" className="mb-4 text-lg font-semibold text-slate-900">
          {t("seriesMove.title", { index, name: occurrence.name })}
        </h2>
        <FormProvider {...form}>
          <form onSubmit={onSubmit} className="space-y-4" noValidate>
            <p className="text-sm text-slate-600">{t("seriesMove.intro")}</p>
            <TimeSection
              viewerZone={viewerZone}
              fixedZone={
                <p className="text-sm text-slate-700">{t("seriesMove.zone", { zone: series.timeZone })}</p>
              }
            />
            <p className="text-sm text-slate-500">{t("seriesMove.roomIdNote")}</p>
            <FormAlert error={formError} />
            <div className="flex justify-end gap-2">
              <Button variant="ghost" onClick={() => dialog.current?.close()}>
                {t("seriesMove.close")}
              </Button>
              <Button type="submit" disabled={pending}>
                {pending ? t("seriesMove.submitting") : t("seriesMove.submit")}
              </Button>
            </div>
          </form>
        </FormProvider>
      </dialog>
    </>
  );
}
