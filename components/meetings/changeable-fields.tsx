"use client";

import type { UseFormReturn } from "react-hook-form";
import { FormField } from "@/components/ui/form-field";
import { Switch } from "@/components/ui/switch";
import { fieldLabel } from "@/lib/i18n/field-labels";
import { useT } from "@/lib/i18n/use-t";
import type { UpdateMeetingInput, UpdateMeetingValues } from "@/lib/schemas/meeting";
import { TAKE_SEAT_MODES } from "@/lib/trtc/limits";
import { SWITCH_KEYS } from "@/lib/trtc/room-fields";

export type ChangeableForm = UseFormReturn<UpdateMeetingInput, unknown, UpdateMeetingValues>;

/**
 * Every field update_room_info may change (docs/trtc-api.md §2.3), as a meeting's edit page and a series'
 * edit show them; the seat mode only where the room has seats. `idPrefix` keeps ids apart between pages.
 */
export function ChangeableFields({
  form,
  maxMembers,
  seatsEnabled,
  idPrefix,
}: {
  form: ChangeableForm;
  maxMembers: number;
  seatsEnabled: boolean;
  idPrefix: string;
}) {
  const t = useT();
  const { register, control } = form;
  return (
    <>
      <FormField
        control={control}
        name="roomName"
        id={`${idPrefix}-room-name`}
        label={fieldLabel(t, "roomName")}
      />
      <FormField
        control={control}
        name="maxMemberCount"
        id={`${idPrefix}-max-members`}
        type="number"
        min={1}
        max={maxMembers}
        label={fieldLabel(t, "maxMemberCount")}
        optional
        hint={t("meetings.keepLimitHint")}
        rules={{ valueAsNumber: true }}
      />
      {SWITCH_KEYS.map((k) => (
        <Switch
          key={k}
          id={`${idPrefix}-${k}`}
          label={fieldLabel(t, `settings.${k}`)}
          {...register(`settings.${k}`)}
        />
      ))}
      <FormField
        as="textarea"
        control={control}
        name="customInfo"
        id={`${idPrefix}-custom-info`}
        rows={3}
        label={fieldLabel(t, "customInfo")}
        optional
      />
      {seatsEnabled ? (
        <FormField
          as="select"
          control={control}
          name="takeSeatMode"
          id={`${idPrefix}-seat-mode`}
          label={fieldLabel(t, "takeSeatMode")}
        >
          {TAKE_SEAT_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {t(mode === "FreeToTake" ? "meetings.seatModeFreeToTake" : "meetings.seatModeApplyToTake")}
            </option>
          ))}
        </FormField>
      ) : null}
    </>
  );
}
