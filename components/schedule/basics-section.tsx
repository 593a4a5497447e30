"use client";

import { fieldLabel } from "@/lib/i18n/field-labels";
import { translator } from "@/lib/i18n/translate";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { FormSection } from "@/components/ui/form-section";
import { generateRoomId } from "@/lib/schemas/room-id";
import { ROOM_LIMITS } from "@/lib/trtc/limits";
import { fieldId } from "./field-paths";
import { useScheduleForm } from "./form-context";
import { OwnerAccountHelp } from "./known-accounts";

// IDs are not words; only free text gets the spell checker.
const idText = { type: "text", autoComplete: "off", spellCheck: false } as const;

export function BasicsSection() {
  const { control, setValue } = useScheduleForm();
  const t = translator();
  const regenerate = () =>
    setValue("roomId", generateRoomId(), { shouldValidate: true, shouldDirty: true, shouldTouch: true });

  return (
    <FormSection title="Basics" description="What attendees see, and the ID the room is known by.">
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
        placeholder="Weekly sync"
        hint="Leave empty to use the Room ID as the name."
      />
      <FormField
        control={control}
        name="roomId"
        id={fieldId("roomId")}
        {...idText}
        label={fieldLabel(t, "roomId")}
        maxBytes={ROOM_LIMITS.roomIdMaxBytes}
        hint="Letters, digits, _ and -. Attendees join with this ID; it cannot change later."
        action={
          <Button variant="secondary" onClick={regenerate} aria-label="Regenerate Room ID">
            Regenerate
          </Button>
        }
      />
      <FormField
        control={control}
        name="owner"
        id={fieldId("owner")}
        {...idText}
        label={fieldLabel(t, "owner")}
        optional
        maxBytes={ROOM_LIMITS.userIdMaxBytes}
        placeholder="e.g. alice"
        hint="Must be an imported account. Leave empty to make the admin account the owner."
      />
      <OwnerAccountHelp />
    </FormSection>
  );
}
