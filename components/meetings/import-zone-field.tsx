"use client";

import { useController, type Control } from "react-hook-form";
import { describedBy, Field } from "@/components/ui/field";
import { useFieldError } from "@/components/ui/form-field";
import { ZonePicker } from "@/components/zones/zone-picker";
import { useT } from "@/lib/i18n/use-t";
import type { ImportMeetingInput, ImportMeetingValues } from "@/lib/schemas/import-meeting";

const ID = "import-zone";

/** The zone the imported room was planned in: the schedule form's picker, offsets as of today. */
export function ImportZoneField({
  control,
}: {
  control: Control<ImportMeetingInput, unknown, ImportMeetingValues>;
}) {
  const t = useT();
  const { field } = useController({ control, name: "timeZone" });
  const error = useFieldError(control, "timeZone");
  return (
    <Field id={ID} label={t("meetings.plannedZone")} hint={t("meetings.plannedZoneHint")} error={error}>
      <ZonePicker
        id={ID}
        value={field.value}
        onChange={field.onChange}
        onBlur={field.onBlur}
        inputRef={field.ref}
        date=""
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(ID, { error: !!error, hint: true })}
      />
    </Field>
  );
}
