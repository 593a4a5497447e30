"use client";

import { useCallback } from "react";
import { useController, useWatch } from "react-hook-form";
import { Combobox } from "@/components/ui/combobox";
import { describedBy, Field } from "@/components/ui/field";
import { formatOffset, isValidTimeZone } from "@/lib/time";
import { fieldId } from "./field-paths";
import { useFieldError, useScheduleForm } from "./form-context";
import { zoneOffsetOnDate, zoneOptions } from "./zone-options";
import { useT } from "@/lib/i18n/use-t";

const NAME = "schedule.timeZone";

export function TimeZonePicker() {
  const t = useT();
  const { control } = useScheduleForm();
  // The start's validity (past, skipped hour) depends on the zone, so the time is re-checked on change.
  const { field } = useController({ control, name: NAME, rules: { deps: ["schedule.time"] } });
  const date = useWatch({ control, name: "schedule.date" });
  const error = useFieldError(NAME);
  const id = fieldId(NAME);
  const getOptions = useCallback(() => zoneOptions(date), [date]);
  const known = field.value !== "" && isValidTimeZone(field.value);
  const offset = known ? formatOffset(zoneOffsetOnDate(field.value, date)) : "";
  const hint = !known
    ? t("scheduleForm.zoneHintEmpty")
    : date
      ? t("scheduleForm.zoneHint", { offset, date })
      : t("scheduleForm.zoneHintThatDay", { offset });

  return (
    <Field id={id} label={t("scheduleForm.timeZone")} hint={hint} error={error}>
      <Combobox
        id={id}
        listLabel={t("scheduleForm.timeZones")}
        value={field.value}
        onChange={field.onChange}
        onBlur={field.onBlur}
        inputRef={field.ref}
        getOptions={getOptions}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { error: !!error, hint: true })}
      />
    </Field>
  );
}
