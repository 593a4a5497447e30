"use client";

import { fieldLabel } from "@/lib/i18n/field-labels";
import { translator } from "@/lib/i18n/translate";
import { Button } from "@/components/ui/button";
import { FormSection } from "@/components/ui/form-section";
import { generateRoomId } from "@/lib/schemas/room-id";
import { ROOM_LIMITS } from "@/lib/trtc/limits";
import { useScheduleForm } from "./form-context";
import { TextField } from "./text-field";

export function BasicsSection() {
  const { setValue } = useScheduleForm();
  const t = translator();
  const regenerate = () =>
    setValue("roomId", generateRoomId(), { shouldValidate: true, shouldDirty: true, shouldTouch: true });

  return (
    <FormSection title="Basics" description="What attendees see, and the ID the room is known by.">
      <TextField
        name="roomName"
        label={fieldLabel(t, "roomName")}
        optional
        spellCheck
        maxBytes={ROOM_LIMITS.roomNameMaxBytes}
        placeholder="Weekly sync"
        hint="Leave empty to use the Room ID as the name."
      />
      <TextField
        name="roomId"
        label={fieldLabel(t, "roomId")}
        maxBytes={ROOM_LIMITS.roomIdMaxBytes}
        hint="Letters, digits, _ and -. Attendees join with this ID; it cannot change later."
        action={
          <Button variant="secondary" onClick={regenerate} aria-label="Regenerate Room ID">
            Regenerate
          </Button>
        }
      />
      <TextField
        name="owner"
        label={fieldLabel(t, "owner")}
        optional
        maxBytes={ROOM_LIMITS.userIdMaxBytes}
        placeholder="e.g. alice"
        hint="Must be an imported account. Leave empty to make the admin account the owner."
      />
    </FormSection>
  );
}
