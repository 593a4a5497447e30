"use client";

import { Fragment, type ReactNode } from "react";
import type { UseFormReturn } from "react-hook-form";
import { FormField } from "@/components/ui/form-field";
import { Switch } from "@/components/ui/switch";
import { fieldLabel } from "@/lib/i18n/field-labels";
import { useT } from "@/lib/i18n/use-t";
import type { UpdateMeetingInput, UpdateMeetingValues } from "@/lib/schemas/meeting";
import type { SeriesEditField } from "@/lib/schemas/series-ops";
import { TAKE_SEAT_MODES } from "@/lib/trtc/limits";
import { SWITCH_KEYS } from "@/lib/trtc/room-fields";

export type ChangeableForm = UseFormReturn<UpdateMeetingInput, unknown, UpdateMeetingValues>;

/** Draws one field with something of the page's own beside it (the series edit's "Apply"). */
export type FieldFrame = (field: SeriesEditField, label: string, control: ReactNode) => ReactNode;

const bare: FieldFrame = (_field, _label, control) => control;

/**
 * Every field update_room_info may change (docs/trtc-api.md §2.3), as a meeting's edit page and a series'
 * edit show them; the seat mode only where the room has seats. `idPrefix` keeps ids apart between pages;
 * `frame`, when given, draws each field inside a row of the page's own.
 */
export function ChangeableFields({
  form,
  maxMembers,
  seatsEnabled,
  idPrefix,
  frame = bare,
}: {
  form: ChangeableForm;
  maxMembers: number;
  seatsEnabled: boolean;
  idPrefix: string;
  frame?: FieldFrame;
}) {
  const t = useT();
  const { register, control } = form;
  const framed = (field: SeriesEditField, render: (label: string) => ReactNode) => {
    const label = fieldLabel(t, field);
    return <Fragment key={field}>{frame(field, label, render(label))}</Fragment>;
  };
  return (
    <>
      {framed("roomName", (label) => (
        <FormField control={control} name="roomName" id={`${idPrefix}-room-name`} label={label} />
      ))}
      {framed("maxMemberCount", (label) => (
        <FormField
          control={control}
          name="maxMemberCount"
          id={`${idPrefix}-max-members`}
          type="number"
          min={1}
          max={maxMembers}
          label={label}
          optional
          hint={t("meetings.keepLimitHint")}
          rules={{ valueAsNumber: true }}
        />
      ))}
      {SWITCH_KEYS.map((k) =>
        framed(`settings.${k}`, (label) => (
          <Switch id={`${idPrefix}-${k}`} label={label} {...register(`settings.${k}`)} />
        )),
      )}
      {framed("customInfo", (label) => (
        <FormField
          as="textarea"
          control={control}
          name="customInfo"
          id={`${idPrefix}-custom-info`}
          rows={3}
          label={label}
          optional
        />
      ))}
      {seatsEnabled
        ? framed("takeSeatMode", (label) => (
            <FormField
              as="select"
              control={control}
              name="takeSeatMode"
              id={`${idPrefix}-seat-mode`}
              label={label}
            >
              {TAKE_SEAT_MODES.map((mode) => (
                <option key={mode} value={mode}>
                  {t(mode === "FreeToTake" ? "meetings.seatModeFreeToTake" : "meetings.seatModeApplyToTake")}
                </option>
              ))}
            </FormField>
          ))
        : null}
    </>
  );
}
