"use client";

import { fieldLabel } from "@/lib/i18n/field-labels";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { FormSection } from "@/components/ui/form-section";
import { generateRoomId } from "@/lib/schemas/room-id";
import { ROOM_LIMITS } from "@/lib/trtc/limits";
import { fieldId } from "./field-paths";
import { useScheduleForm } from "./form-context";
import { useT } from "@/lib/i18n/use-t";

// IDs are not words; only free text gets the spell checker.
const idText = { type: "text", autoComplete: "off", spellCheck: false } as const;

export function BasicsSection() {
  const { control, setValue } = useScheduleForm();
  const t = useT();
  const regenerate = () =>
    setValue("roomId", generateRoomId(), { shouldValidate: true, shouldDirty: true, shouldTouch: true });

  return (
    <FormSection title={t("scheduleForm.basicsTitle")}>
      <div className="grid gap-5 md:grid-cols-2 md:items-start">
        <FormField
          control={control}
          name="roomName"
          id={fieldId("roomName")}
          type="text"
          autoComplete="off"
          label={fieldLabel(t, "roomName")}
          optional
          spellCheck
          maxBytes={ROOM_LIMITS.roomNameMaxBytes}
          placeholder={t("scheduleForm.roomNamePlaceholder")}
          hint={t("scheduleForm.roomNameHint")}
        />
        <FormField
          control={control}
          name="roomId"
          id={fieldId("roomId")}
          {...idText}
          label={fieldLabel(t, "roomId")}
          maxBytes={ROOM_LIMITS.roomIdMaxBytes}
          hint={t("scheduleForm.roomIdHint")}
          action={
            <Button variant="secondary" onClick={regenerate} aria-label={t("scheduleForm.regenerateLabel")}>
              {t("scheduleForm.regenerate")}
            </Button>
          }
        />
      </div>
    </FormSection>
  );
}
