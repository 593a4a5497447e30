"use client";

import { fieldLabel } from "@/lib/i18n/field-labels";
import { translator } from "@/lib/i18n/translate";
import { describedBy, Field } from "@/components/ui/field";
import { FormSection } from "@/components/ui/form-section";
import { controlClass } from "@/components/ui/styles";
import { ROOM_LIMITS } from "@/lib/trtc/limits";
import { fieldId } from "./field-paths";
import { useFieldError, useScheduleForm } from "./form-context";
import { TextField } from "./text-field";

export function AdvancedSection({ maxMembers }: { maxMembers: number }) {
  const { register } = useScheduleForm();
  const t = translator();
  const error = useFieldError("maxMemberCount");
  const id = fieldId("maxMemberCount");
  return (
    <FormSection title="Advanced">
      <Field
        id={id}
        label={fieldLabel(t, "maxMemberCount")}
        optional
        hint={`1 to ${maxMembers}. Leave empty for your package limit.`}
        error={error}
      >
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={1}
          max={maxMembers}
          placeholder={String(maxMembers)}
          className={`${controlClass} max-w-40 tabular-nums`}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, { error: !!error, hint: true })}
          {...register("maxMemberCount", { valueAsNumber: true })}
        />
      </Field>
      <TextField
        name="customInfo"
        label={fieldLabel(t, "customInfo")}
        optional
        multiline
        maxBytes={ROOM_LIMITS.customInfoMaxBytes}
        placeholder='{"team": "finance"}'
        hint="Free text stored with the room for your own integrations, often JSON."
      />
    </FormSection>
  );
}
