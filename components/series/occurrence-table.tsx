"use client";

import { Button } from "@/components/ui/button";
import { useT, useViewerLocale } from "@/lib/i18n/use-t";
import type { SeriesView } from "@/lib/series/types";
import { MovedNote } from "./moved-note";
import { epochToWallTime, formatDay } from "@/lib/time";

interface OccurrenceTableProps {
  series: SeriesView;
  canChange: boolean;
  onChange: (index: number) => void;
}

/** Every occurrence with its day and local time in the series' zone, its room and where it stands. */
export function OccurrenceTable({ series, canChange, onChange }: OccurrenceTableProps) {
  const t = useT();
  const locale = useViewerLocale();
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">{t("series.occurrences")}</caption>
      <thead className="text-slate-500">
        <tr>
          <th scope="col">{t("series.column.index")}</th>
          <th scope="col">{t("series.column.date")}</th>
          <th scope="col">{t("series.column.time")}</th>
          <th scope="col">{t("series.column.roomId")}</th>
          <th scope="col">{t("series.column.name")}</th>
          <th scope="col">{t("series.column.state")}</th>
          {canChange ? <th scope="col">{t("series.column.actions")}</th> : null}
        </tr>
      </thead>
      <tbody>
        {series.occurrences.map((o) => {
          const wall = epochToWallTime(o.start, series.timeZone);
          return (
            <tr key={o.index} className="border-t border-slate-200">
              <td className="tabular-nums">{o.index + 1}</td>
              <td>{formatDay(wall.date, locale)}</td>
              <td className="tabular-nums">
                {wall.time}
                <MovedNote series={series} occurrence={o} />
              </td>
              <td className="font-mono text-xs whitespace-nowrap">{o.roomId}</td>
              <td>{o.name}</td>
              <td>{t(`series.state.${o.state}`)}</td>
              {canChange ? (
                <td>
                  <Button
                    size="sm"
                    variant="secondary"
                    disabled={o.state !== "scheduled"}
                    onClick={() => onChange(o.index)}
                  >
                    {t("series.change", { index: o.index + 1 })}
                  </Button>
                </td>
              ) : null}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
