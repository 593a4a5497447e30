"use client";

import { useController, useWatch } from "react-hook-form";
import { describedBy, Field } from "@/components/ui/field";
import { ZonePicker } from "@/components/zones/zone-picker";
import { formatOffset, isValidTimeZone } from "@/lib/time";
import { zoneOffsetOnDate } from "@/lib/time/zones/zone-index";
import { fieldId } from "./field-paths";
import { useFieldError, useScheduleForm } from "./form-context";
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
  const known = field.value !== "" && isValidTimeZone(field.value);
  const offset = known ? formatOffset(zoneOffsetOnDate(field.value, date)) : "";
  const hint = !known
    ? t("scheduleForm.zoneHintEmpty")
    : date
      ? t("scheduleForm.zoneHint", { offset, date })
      : t("scheduleForm.zoneHintThatDay", { offset });

  return (
    <Field id={id} label={t("scheduleForm.timeZone")} hint={hint} error={error}>
      <ZonePicker
        id={id}
        value={field.value}
        onChange={field.onChange}
        onBlur={field.onBlur}
        inputRef={field.ref}
        date={date}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { error: !!error, hint: true })}
      />
    </Field>
  );
}
