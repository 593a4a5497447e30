"use client";

import { useEffect } from "react";
import { useController, useWatch } from "react-hook-form";
import { describedBy, FieldError, fieldIds } from "@/components/ui/field";
import { focusRing } from "@/components/ui/styles";
import { useT } from "@/lib/i18n/use-t";
import {
  dstChangeOnDate,
  epochToWallTime,
  formatOffset,
  zonedWallTimeToEpoch,
  zoneOffsetMinutes,
} from "@/lib/time";
import { OCCURRENCES } from "@/lib/time/wall-time";
import { useSeriesForm } from "@/components/series/series-form-context";
import { fieldId } from "./field-paths";
import { useFieldError, useScheduleForm } from "./form-context";

const NAME = "schedule.occurrence";

/**
 * On a wall time that happens twice (the hour the clocks go back), the admin says which one they mean,
 * each named by its offset. On any other time there is nothing to choose, and a stale choice is dropped. A
 * series asks in its own table, per occurrence (the start's date too when the rule gives it), so not here.
 */
export function RepeatedTimeChoice() {
  const t = useT();
  const { control, clearErrors } = useScheduleForm();
  const { date, time, timeZone } = useWatch({ control, name: "schedule" });
  const { field } = useController({ control, name: NAME });
  const error = useFieldError(NAME);
  const id = fieldId(NAME);
  const wall = zonedWallTimeToEpoch(date, time, timeZone);
  const candidates = !wall.ok && wall.reason === "ambiguous" ? (wall.candidates ?? []) : [];
  const repeating = useWatch({ control: useSeriesForm().control, name: "repeat.enabled" });
  const repeats = candidates.length > 1 && !repeating;
  const { onChange, value } = field;

  useEffect(() => {
    if (repeats || value === undefined) return;
    onChange(undefined);
    clearErrors(NAME);
  }, [repeats, value, onChange, clearErrors]);

  if (!repeats) return null;
  const change = dstChangeOnDate(date, timeZone);
  const clock = (at: number, offset: number) => epochToWallTime(at + offset * 60, "UTC").time;
  const instants = [candidates[0]!, candidates.at(-1)!];

  return (
    <fieldset
      role="radiogroup"
      className="space-y-2 rounded-lg border border-amber-200 bg-amber-50 p-4"
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(id, { error: !!error })}
    >
      <legend className="float-left mb-2 text-sm font-medium text-amber-900">
        {t("zones.repeatedLegend", {
          time,
          zone: timeZone,
          date,
          from: change ? clock(change.at, change.fromOffset) : "",
          to: change ? clock(change.at, change.toOffset) : "",
        })}
      </legend>
      {OCCURRENCES.map((occurrence, i) => {
        const offset = formatOffset(zoneOffsetMinutes(timeZone, instants[i]!));
        return (
          <label key={occurrence} className="clear-left flex cursor-pointer items-start gap-3 rounded-md p-1">
            <input
              type="radio"
              id={i === 0 ? id : `${id}-${occurrence}`}
              name={NAME}
              value={occurrence}
              checked={value === occurrence}
              onChange={() => onChange(occurrence)}
              onBlur={field.onBlur}
              ref={i === 0 ? field.ref : undefined}
              className={`mt-0.5 h-4 w-4 accent-slate-900 ${focusRing}`}
            />
            <span>
              <span className="block text-sm text-slate-800">
                {t(occurrence === "first" ? "zones.first" : "zones.second", { time, offset })}
              </span>
              <span className="block text-xs text-slate-500">
                {t(occurrence === "first" ? "zones.firstHint" : "zones.secondHint")}
              </span>
            </span>
          </label>
        );
      })}
      <FieldError id={fieldIds(id).error} message={error} />
    </fieldset>
  );
}
