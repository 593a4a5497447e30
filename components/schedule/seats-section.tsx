"use client";

import { fieldLabel } from "@/lib/i18n/field-labels";
import { useWatch } from "react-hook-form";
import { describedBy, Field, FieldError, fieldIds } from "@/components/ui/field";
import { controlClass, focusRing } from "@/components/ui/styles";
import { Switch } from "@/components/ui/switch";
import { CollapsibleSection } from "./collapsible-section";
import { fieldId } from "./field-paths";
import { useFieldError, useScheduleForm } from "./form-context";
import { seatsSummary } from "./section-summaries";
import { useT } from "@/lib/i18n/use-t";

const MODES = [
  {
    value: "FreeToTake",
    label: "scheduleForm.seatModeFree",
    description: "scheduleForm.seatModeFreeDescription",
  },
  {
    value: "ApplyToTake",
    label: "scheduleForm.seatModeApply",
    description: "scheduleForm.seatModeApplyDescription",
  },
] as const;

function SeatModeChoice() {
  const t = useT();
  const { register } = useScheduleForm();
  const error = useFieldError("seats.takeSeatMode");
  const id = fieldId("seats.takeSeatMode");
  return (
    <fieldset
      role="radiogroup"
      className="space-y-2"
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(id, { error: !!error })}
    >
      <legend className="text-sm font-medium text-slate-800">{fieldLabel(t, "seats.takeSeatMode")}</legend>
      {MODES.map((mode, i) => (
        <label key={mode.value} className="flex cursor-pointer items-start gap-3 rounded-md p-1">
          <input
            type="radio"
            id={i === 0 ? id : `${id}-${mode.value}`}
            value={mode.value}
            className={`mt-0.5 h-4 w-4 accent-slate-900 ${focusRing}`}
            {...register("seats.takeSeatMode")}
          />
          <span>
            <span className="block text-sm text-slate-800">{t(mode.label)}</span>
            <span className="block text-xs text-slate-500">{t(mode.description)}</span>
          </span>
        </label>
      ))}
      <FieldError id={fieldIds(id).error} message={error} />
    </fieldset>
  );
}

export function SeatsSection({ maxSeats }: { maxSeats: number }) {
  const { register, control } = useScheduleForm();
  const seats = useWatch({ control, name: "seats" });
  const enabled = seats?.enabled;
  const t = useT();
  const countError = useFieldError("seats.maxSeatCount");
  const countId = fieldId("seats.maxSeatCount");

  return (
    <CollapsibleSection
      title={t("scheduleForm.seatsTitle")}
      description={t("scheduleForm.seatsDescription")}
      summary={seatsSummary(t, seats)}
      paths={["seats"]}
    >
      <Switch
        id={fieldId("seats.enabled")}
        label={fieldLabel(t, "seats.enabled")}
        {...register("seats.enabled")}
      />
      {enabled ? (
        <>
          <Field
            id={countId}
            label={fieldLabel(t, "seats.maxSeatCount")}
            hint={t("scheduleForm.maxSeatsHint", { max: maxSeats })}
            error={countError}
          >
            <input
              id={countId}
              type="number"
              inputMode="numeric"
              min={1}
              max={maxSeats}
              className={`${controlClass} max-w-32 tabular-nums`}
              aria-invalid={countError ? true : undefined}
              aria-describedby={describedBy(countId, { error: !!countError, hint: true })}
              {...register("seats.maxSeatCount", { valueAsNumber: true })}
            />
          </Field>
          <SeatModeChoice />
        </>
      ) : null}
    </CollapsibleSection>
  );
}
