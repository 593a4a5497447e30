"use client";

import { fieldLabel } from "@/lib/i18n/field-labels";
import { FormField } from "@/components/ui/form-field";
import { FormSection } from "@/components/ui/form-section";
import { controlClass } from "@/components/ui/styles";
import { ROOM_LIMITS } from "@/lib/trtc/limits";
import { fieldId } from "./field-paths";
import { useScheduleForm } from "./form-context";
import { useT } from "@/lib/i18n/use-t";

export function AdvancedSection({ maxMembers }: { maxMembers: number }) {
  const { control } = useScheduleForm();
  const t = useT();
  return (
    <FormSection title={t("scheduleForm.advancedTitle")}>
      <FormField
        control={control}
        name="maxMemberCount"
        id={fieldId("maxMemberCount")}
        label={fieldLabel(t, "maxMemberCount")}
        optional
        hint={t("scheduleForm.maxMembersHint", { max: maxMembers })}
        type="number"
        inputMode="numeric"
        min={1}
        max={maxMembers}
        placeholder={String(maxMembers)}
        controlClassName={`${controlClass} max-w-40 tabular-nums`}
        rules={{ valueAsNumber: true }}
      />
      <FormField
        as="textarea"
        control={control}
        name="customInfo"
        id={fieldId("customInfo")}
        label={fieldLabel(t, "customInfo")}
        optional
        rows={4}
        spellCheck={false}
        controlClassName={`${controlClass} font-mono`}
        maxBytes={ROOM_LIMITS.customInfoMaxBytes}
        placeholder='{"team": "finance"}'
        hint={t("scheduleForm.customInfoHint")}
      />
    </FormSection>
  );
}
