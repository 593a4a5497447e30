"use client";

import { useCallback } from "react";
import { useController, useWatch } from "react-hook-form";
import { Combobox } from "@/components/ui/combobox";
import { describedBy, Field } from "@/components/ui/field";
import { formatOffset, isValidTimeZone } from "@/lib/time";
import { fieldId } from "./field-paths";
import { useFieldError, useScheduleForm } from "./form-context";
import { zoneOffsetOnDate, zoneOptions } from "./zone-options";

const NAME = "schedule.timeZone";

export function TimeZonePicker() {
  const { control } = useScheduleForm();
  // The start's validity (past, skipped hour) depends on the zone, so the time is re-checked on change.
  const { field } = useController({ control, name: NAME, rules: { deps: ["schedule.time"] } });
  const date = useWatch({ control, name: "schedule.date" });
  const error = useFieldError(NAME);
  const id = fieldId(NAME);
  const getOptions = useCallback(() => zoneOptions(date), [date]);
  const known = field.value !== "" && isValidTimeZone(field.value);
  const hint = known
    ? `${formatOffset(zoneOffsetOnDate(field.value, date))} on ${date || "that day"}. Type to search all zones.`
    : "Type to search, e.g. Berlin or New York.";

  return (
    <Field id={id} label="Time zone" hint={hint} error={error}>
      <Combobox
        id={id}
        listLabel="Time zones"
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
