"use client";

import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { FormSection } from "@/components/ui/form-section";
import { Switch } from "@/components/ui/switch";
import { fieldLabel } from "@/lib/i18n/field-labels";
import { SWITCH_KEYS } from "@/lib/trtc/room-fields";
import type { MeetingDetail } from "@/lib/meetings/types";
import { TAKE_SEAT_MODES } from "@/lib/trtc/limits";
import { ChangeList } from "./change-list";
import { useEditMeeting } from "./use-edit-meeting";
import { useT } from "@/lib/i18n/use-t";

export function EditMeetingForm({ meeting, maxMembers }: { meeting: MeetingDetail; maxMembers: number }) {
  const t = useT();
  const { form, review, formError, pending, onReview, save, back } = useEditMeeting(meeting, maxMembers);
  const { register, control } = form;
  const errorAlert = <FormAlert error={formError} />;

  if (review) {
    return (
      <section
        aria-labelledby="review-heading"
        className="space-y-4 rounded-xl border border-slate-200 bg-white p-6"
      >
        <h2 id="review-heading" className="text-base font-semibold text-slate-900">
          {t("meetings.whatWillChange")}
        </h2>
        <ChangeList changes={review.changes} />
        <p className="text-sm text-slate-500">{t("meetings.savingNote")}</p>
        {errorAlert}
        <div className="flex gap-2">
          <Button onClick={() => void save()} disabled={pending}>
            {pending ? t("meetings.saving") : t("meetings.saveChanges")}
          </Button>
          <Button variant="secondary" onClick={back} disabled={pending}>
            {t("meetings.backToEditing")}
          </Button>
        </div>
      </section>
    );
  }

  return (
    <form onSubmit={(e) => void onReview(e)} className="space-y-6" noValidate>
      <FormSection title={t("meetings.changeable")} description={t("meetings.changeableDescription")}>
        <FormField control={control} name="roomName" id="edit-room-name" label={fieldLabel(t, "roomName")} />
        <FormField
          control={control}
          name="maxMemberCount"
          id="edit-max-members"
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
            id={`edit-${k}`}
            label={fieldLabel(t, `settings.${k}`)}
            {...register(`settings.${k}`)}
          />
        ))}
        <FormField
          as="textarea"
          control={control}
          name="customInfo"
          id="edit-custom-info"
          rows={3}
          label={fieldLabel(t, "customInfo")}
          optional
        />
        {meeting.settings.seats.enabled ? (
          <FormField
            as="select"
            control={control}
            name="takeSeatMode"
            id="edit-seat-mode"
            label={fieldLabel(t, "takeSeatMode")}
          >
            {TAKE_SEAT_MODES.map((mode) => (
              <option key={mode} value={mode}>
                {t(mode === "FreeToTake" ? "meetings.seatModeFreeToTake" : "meetings.seatModeApplyToTake")}
              </option>
            ))}
          </FormField>
        ) : null}
      </FormSection>
      {errorAlert}
      <Button type="submit">{t("meetings.reviewChanges")}</Button>
    </form>
  );
}
