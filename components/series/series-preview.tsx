"use client";

import { useWatch } from "react-hook-form";
import { fieldId } from "@/components/schedule/field-paths";
import { FormField } from "@/components/ui/form-field";
import { useT, useViewerLocale } from "@/lib/i18n/use-t";
import type { ExpandedOccurrence } from "@/lib/series/expand";
import { SERIES_LIMITS } from "@/lib/series/limits";
import { choicesFor } from "@/lib/series/plan";
import { occurrenceRoomId } from "@/lib/series/room-ids";
import { epochToWallTime, formatDay, formatOffset, zoneOffsetMinutes } from "@/lib/time";
import { useSeriesForm } from "./series-form-context";
import { useSeriesExpansion } from "./use-series-expansion";

function WallChoiceField({ o, zone }: { o: ExpandedOccurrence; zone: string }) {
  const t = useT();
  const { control } = useSeriesForm();
  const name = `repeat.choices.${o.date}` as const;
  const after = epochToWallTime(o.ruleStart, zone).time;
  return (
    <FormField
      control={control}
      name={name}
      id={fieldId(name)}
      label={t(o.wall === "skipped" ? "series.skippedFlag" : "series.repeatedFlag", { time: o.time, zone })}
      as="select"
      className="mt-2"
    >
      <option value="">{t("series.choose")}</option>
      {choicesFor(o).map((c) => (
        <option key={c} value={c}>
          {t(`series.choice.${c}`, {
            time: c === "shift" ? after : o.time,
            offset: o.candidates
              ? formatOffset(zoneOffsetMinutes(zone, o.candidates[c === "later" ? 1 : 0]))
              : "",
          })}
        </option>
      ))}
    </FormField>
  );
}

/** Every occurrence before anything is sent: its day, local time and room, the clock changes between them. */
export function SeriesPreview() {
  const t = useT();
  const locale = useViewerLocale();
  const { control } = useSeriesForm();
  const [schedule, roomId] = useWatch({ control, name: ["schedule", "roomId"] });
  const expansion = useSeriesExpansion();
  if (!expansion) return <p className="text-sm text-slate-500">{t("series.previewPending")}</p>;
  const { occurrences, overLimit } = expansion;
  const shown = occurrences.slice(0, SERIES_LIMITS.maxOccurrences);
  return (
    <section
      aria-labelledby="series-preview"
      className="space-y-2 rounded-lg bg-slate-50 p-4 text-sm ring-1 ring-slate-200"
    >
      <h3 id="series-preview" className="font-medium text-slate-900">
        {t("series.previewTitle", { count: shown.length, zone: schedule.timeZone })}
      </h3>
      {overLimit ? (
        <p className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-red-900">
          {t("series.previewTooMany", { max: SERIES_LIMITS.maxOccurrences })}
        </p>
      ) : null}
      <ol aria-label={t("series.occurrences")} className="space-y-1">
        {shown.map((o, i) => {
          const before = shown[i - 1];
          const change = before && before.offsetMinutes !== o.offsetMinutes;
          return (
            <li key={o.date} className="space-y-1">
              {change ? (
                <p className="rounded-md border border-amber-200 bg-amber-50 px-3 py-1 text-amber-900">
                  {t("series.clocksChangeBetween", {
                    from: formatOffset(before.offsetMinutes),
                    to: formatOffset(o.offsetMinutes),
                  })}
                </p>
              ) : null}
              <div className={o.wall === "ok" ? "" : "rounded-md border border-amber-300 p-2"}>
                <span className="tabular-nums text-slate-500">{o.index + 1}.</span>{" "}
                <span className="font-medium text-slate-800">{formatDay(o.date, locale)}</span>{" "}
                <span className="tabular-nums">{o.time}</span>{" "}
                <span className="font-mono text-xs text-slate-500">{occurrenceRoomId(roomId, o.date)}</span>
                {o.wall === "ok" ? null : <WallChoiceField o={o} zone={schedule.timeZone} />}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
