"use client";

import { describedBy, Field } from "@/components/ui/field";
import { FormSection } from "@/components/ui/form-section";
import { controlClass } from "@/components/ui/styles";
import { DurationField } from "./duration-field";
import { fieldId } from "./field-paths";
import { useFieldError, useScheduleForm } from "./form-context";
import { TimePreview } from "./time-preview";
import { TimeZonePicker } from "./time-zone-picker";

function WallClockField({ name, label }: { name: "schedule.date" | "schedule.time"; label: string }) {
  const { register } = useScheduleForm();
  const error = useFieldError(name);
  const id = fieldId(name);
  // "In the past" and "skipped by DST" are reported on the time but depend on the date too.
  const deps = name === "schedule.date" ? ["schedule.time" as const] : undefined;
  return (
    <Field id={id} label={label} error={error}>
      <input
        id={id}
        type={name === "schedule.date" ? "date" : "time"}
        className={controlClass}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { error: !!error })}
        {...register(name, { deps })}
      />
    </Field>
  );
}

export function TimeSection({ viewerZone }: { viewerZone: string | null }) {
  return (
    <FormSection
      title="Time"
      description="The start is read in the meeting's time zone, on the meeting's date."
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <WallClockField name="schedule.date" label="Date" />
        <WallClockField name="schedule.time" label="Start time" />
      </div>
      <DurationField />
      <TimeZonePicker />
      <TimePreview viewerZone={viewerZone} />
    </FormSection>
  );
}
