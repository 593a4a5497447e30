"use client";

import { FormSection } from "@/components/ui/form-section";
import { Switch } from "@/components/ui/switch";
import type { ScheduleMeetingInput } from "@/lib/schemas/meeting";
import { fieldId } from "./field-paths";
import { useScheduleForm } from "./form-context";

type SettingKey = keyof ScheduleMeetingInput["settings"];

const SWITCHES: { key: SettingKey; label: string; description: string }[] = [
  { key: "videoDisabled", label: "Disable video for all", description: "Attendees join with cameras off." },
  { key: "audioDisabled", label: "Disable audio for all", description: "Attendees join muted." },
  { key: "messagesDisabled", label: "Disable messages for all", description: "Text chat is off." },
  {
    key: "screenSharingDisabled",
    label: "Disable screen sharing for all",
    description: "Only the host can share.",
  },
  {
    key: "cloudRecordingDisabled",
    label: "Disable cloud recording for all",
    description: "The meeting is not recorded.",
  },
];

export function RoomSettingsSection() {
  const { register } = useScheduleForm();
  return (
    <FormSection title="Room settings" description="Everything is allowed unless switched off here.">
      {SWITCHES.map(({ key, label, description }) => (
        <Switch
          key={key}
          id={fieldId(`settings.${key}`)}
          label={label}
          description={description}
          {...register(`settings.${key}`)}
        />
      ))}
    </FormSection>
  );
}
