"use client";

import { useController } from "react-hook-form";
import { describedBy, Field } from "@/components/ui/field";
import { TimeInput } from "@/components/ui/time-input";
import { useT } from "@/lib/i18n/use-t";
import { fieldId } from "./field-paths";
import { useFieldError, useScheduleForm } from "./form-context";

const NAME = "schedule.time";

/** The meeting's start on the wall clock of its zone, 24-hour as the preview beside it writes it. */
export function StartTimeField() {
  const t = useT();
  const { control } = useScheduleForm();
  const { field } = useController({ control, name: NAME });
  const error = useFieldError(NAME);
  const id = fieldId(NAME);
  return (
    <Field id={id} label={t("scheduleForm.startTime")} hint={t("scheduleForm.startTimeHint")} error={error}>
      <TimeInput
        id={id}
        value={field.value}
        onChange={field.onChange}
        onBlur={field.onBlur}
        inputRef={field.ref}
        placeholder={t("scheduleForm.timePlaceholder")}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { error: !!error, hint: true })}
      />
    </Field>
  );
}
