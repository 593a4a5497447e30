"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { ScrollBox } from "@/components/ui/scroll-box";
import { bulkJobPath } from "@/lib/bulk/job-request";
import { useT } from "@/lib/i18n/use-t";
import { seriesOptions } from "@/lib/queries/series";
import { OccurrenceChanges } from "./occurrence-changes";
import { OccurrenceTable } from "./occurrence-table";

/** The series page's body: the occurrences as they stand (polled while rooms are made) and their changes. */
export function SeriesDetail({
  seriesId,
  canChange,
  maxMembers,
}: {
  seriesId: string;
  canChange: boolean;
  maxMembers: number;
}) {
  const t = useT();
  const { data: series, error } = useQuery(seriesOptions(seriesId));
  const [selected, setSelected] = useState<number | null>(null);
  if (error) return <p role="alert">{t("series.notFound")}</p>;
  if (!series) return null;
  const occurrence = series.occurrences.find((o) => o.index === selected) ?? null;
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold tracking-tight">{series.name}</h1>
        <p className="text-sm text-slate-500">
          {t("series.summary", {
            zone: series.timeZone,
            rule: series.rrule,
            minutes: series.durationMinutes,
          })}
        </p>
        <p className="flex flex-wrap gap-4 text-sm">
          <a className="underline" href={bulkJobPath(series.jobId)}>
            {t("series.jobLink")}
          </a>
          <a className="underline" href={`/api/series/${encodeURIComponent(series.seriesId)}/ics`} download>
            {t("series.icsLink")}
          </a>
        </p>
        <p role="status" className="text-sm text-slate-500">
          {series.creating ? t("series.creating") : null}
        </p>
      </header>
      <ScrollBox label={t("series.occurrences")}>
        <OccurrenceTable series={series} canChange={canChange} onChange={setSelected} />
      </ScrollBox>
      {canChange && occurrence ? (
        <OccurrenceChanges
          key={occurrence.index}
          series={series}
          occurrence={occurrence}
          maxMembers={maxMembers}
        />
      ) : null}
    </div>
  );
}
