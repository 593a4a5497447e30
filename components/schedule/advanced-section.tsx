"use client";

import { fieldLabel } from "@/lib/i18n/field-labels";
import { useWatch } from "react-hook-form";
import { FormField } from "@/components/ui/form-field";
import { controlClass } from "@/components/ui/styles";
import { ROOM_LIMITS } from "@/lib/trtc/limits";
import { CollapsibleSection } from "./collapsible-section";
import { fieldId } from "./field-paths";
import { useScheduleForm } from "./form-context";
import { OwnerAccountHelp } from "./known-accounts";
import { advancedSummary } from "./section-summaries";
import { useT } from "@/lib/i18n/use-t";

/** The owner, the member cap and custom info: each defaults to what most meetings want. */
export function AdvancedSection({ maxMembers }: { maxMembers: number }) {
  const { control } = useScheduleForm();
  const t = useT();
  const [owner, maxMemberCount, customInfo] = useWatch({
    control,
    name: ["owner", "maxMemberCount", "customInfo"],
  });
  return (
    <CollapsibleSection
      title={t("scheduleForm.advancedTitle")}
      summary={advancedSummary(t, { owner, maxMemberCount, customInfo })}
      paths={["owner", "maxMemberCount", "customInfo"]}
    >
      <FormField
        control={control}
        name="owner"
        id={fieldId("owner")}
        type="text"
        autoComplete="off"
        spellCheck={false}
        label={fieldLabel(t, "owner")}
        optional
        maxBytes={ROOM_LIMITS.userIdMaxBytes}
        placeholder={t("scheduleForm.ownerPlaceholder")}
        hint={t("scheduleForm.ownerHint")}
      />
      <OwnerAccountHelp />
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
    </CollapsibleSection>
  );
}
