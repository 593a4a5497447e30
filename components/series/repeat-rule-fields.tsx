"use client";

import { useWatch } from "react-hook-form";
import { FormField } from "@/components/ui/form-field";
import { describedBy, FieldError, fieldIds } from "@/components/ui/field";
import { focusRing } from "@/components/ui/styles";
import { fieldId } from "@/components/schedule/field-paths";
import { useFieldError } from "@/components/ui/form-field";
import { useT } from "@/lib/i18n/use-t";
import { SERIES_LIMITS } from "@/lib/series/limits";
import { FREQUENCIES, NTH_WEEKS, WEEKDAYS } from "@/lib/series/rule";
import { useSeriesForm } from "./series-form-context";

function WeekdayChoice() {
  const t = useT();
  const { register, control } = useSeriesForm();
  const error = useFieldError(control, "repeat.weekdays");
  const id = fieldId("repeat.weekdays");
  return (
    <fieldset className="space-y-2" aria-describedby={describedBy(id, { error: !!error })}>
      <legend className="text-sm font-medium text-slate-800">{t("series.onDays")}</legend>
      <div className="flex flex-wrap gap-3">
        {WEEKDAYS.map((day, i) => (
          <label key={day} className="flex items-center gap-1.5 text-sm text-slate-800">
            <input
              type="checkbox"
              value={day}
              id={i === 0 ? id : `${id}-${day}`}
              className={`h-4 w-4 accent-slate-900 ${focusRing}`}
              {...register("repeat.weekdays")}
            />
            {t(`series.weekday.${day}`)}
          </label>
        ))}
      </div>
      <FieldError id={fieldIds(id).error} message={error} />
    </fieldset>
  );
}

function MonthlyChoice() {
  const t = useT();
  const { control } = useSeriesForm();
  const by = useWatch({ control, name: "repeat.monthlyBy" });
  return (
    <div className="grid gap-4 sm:grid-cols-3">
      <FormField
        control={control}
        name="repeat.monthlyBy"
        id={fieldId("repeat.monthlyBy")}
        label={t("series.monthlyBy")}
        as="select"
      >
        <option value="date">{t("series.monthlyByDate")}</option>
        <option value="weekday">{t("series.monthlyByWeekday")}</option>
      </FormField>
      {by === "weekday" ? (
        <>
          <FormField
            control={control}
            name="repeat.nth"
            id={fieldId("repeat.nth")}
            label={t("series.nth")}
            as="select"
            rules={{ setValueAs: (v: string) => Number(v) }}
          >
            {NTH_WEEKS.map((n) => (
              <option key={n} value={n}>
                {t(`series.nthWeek.${n === -1 ? "last" : n}`)}
              </option>
            ))}
          </FormField>
          <FormField
            control={control}
            name="repeat.weekday"
            id={fieldId("repeat.weekday")}
            label={t("series.weekdayLabel")}
            as="select"
          >
            {WEEKDAYS.map((day) => (
              <option key={day} value={day}>
                {t(`series.weekday.${day}`)}
              </option>
            ))}
          </FormField>
        </>
      ) : null}
    </div>
  );
}

function EndChoice() {
  const t = useT();
  const { control } = useSeriesForm();
  const ends = useWatch({ control, name: "repeat.ends" });
  const { maxOccurrences, maxYearsAhead } = SERIES_LIMITS;
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <FormField
        control={control}
        name="repeat.ends"
        id={fieldId("repeat.ends")}
        label={t("series.ends")}
        as="select"
      >
        <option value="count">{t("series.endsAfter")}</option>
        <option value="until">{t("series.endsOn")}</option>
      </FormField>
      {ends === "count" ? (
        <FormField
          control={control}
          name="repeat.count"
          id={fieldId("repeat.count")}
          label={t("series.count")}
          hint={t("series.countHint", { max: maxOccurrences })}
          type="number"
          inputMode="numeric"
          rules={{ valueAsNumber: true }}
        />
      ) : (
        <FormField
          control={control}
          name="repeat.until"
          id={fieldId("repeat.until")}
          label={t("series.until")}
          hint={t("series.untilHint", { years: maxYearsAhead, max: maxOccurrences })}
          type="date"
        />
      )}
    </div>
  );
}

/** How the series repeats: frequency and its every-N, the days, and how it ends. */
export function RepeatRuleFields() {
  const t = useT();
  const { control } = useSeriesForm();
  const frequency = useWatch({ control, name: "repeat.frequency" });
  return (
    <div className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField
          control={control}
          name="repeat.frequency"
          id={fieldId("repeat.frequency")}
          label={t("series.frequency")}
          as="select"
        >
          {FREQUENCIES.map((f) => (
            <option key={f} value={f}>
              {t(`series.frequencyName.${f}`)}
            </option>
          ))}
        </FormField>
        <FormField
          control={control}
          name="repeat.interval"
          id={fieldId("repeat.interval")}
          label={t(
            `series.every.${frequency === "monthly" ? "months" : frequency === "daily" ? "days" : "weeks"}`,
          )}
          type="number"
          inputMode="numeric"
          rules={{ valueAsNumber: true }}
        />
      </div>
      {frequency === "weekly" ? <WeekdayChoice /> : null}
      {frequency === "monthly" ? <MonthlyChoice /> : null}
      <EndChoice />
    </div>
  );
}
