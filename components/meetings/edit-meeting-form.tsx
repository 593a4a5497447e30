"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormSection } from "@/components/ui/form-section";
import { controlClass } from "@/components/ui/styles";
import { Switch } from "@/components/ui/switch";
import { fieldLabel } from "@/lib/i18n/field-labels";
import { translator } from "@/lib/i18n/translate";
import { SWITCH_KEYS } from "@/lib/trtc/room-fields";
import type { MeetingDetail } from "@/lib/meetings/types";
import { TAKE_SEAT_MODES } from "@/lib/trtc/limits";
import { ChangeList } from "./change-list";
import { useEditMeeting } from "./use-edit-meeting";

export function EditMeetingForm({ meeting, maxMembers }: { meeting: MeetingDetail; maxMembers: number }) {
  const { form, review, formError, pending, onReview, save, back } = useEditMeeting(meeting, maxMembers);
  const { register, formState } = form;
  const err = formState.errors;
  const errorAlert = formError ? <Alert tone="error">{formError}</Alert> : null;

  if (review) {
    return (
      <section
        aria-labelledby="review-heading"
        className="space-y-4 rounded-xl border border-slate-200 bg-white p-6"
      >
        <h2 id="review-heading" className="text-base font-semibold text-slate-900">
          What will change
        </h2>
        <ChangeList changes={review.changes} />
        <p className="text-sm text-slate-500">
          Saving sends update_room_info to Tencent, then updates Roomdesk.
        </p>
        {errorAlert}
        <div className="flex gap-2">
          <Button onClick={() => void save()} disabled={pending}>
            {pending ? "Saving…" : "Save changes"}
          </Button>
          <Button variant="secondary" onClick={back} disabled={pending}>
            Back to editing
          </Button>
        </div>
      </section>
    );
  }

  return (
    <form onSubmit={(e) => void onReview(e)} className="space-y-6" noValidate>
      <FormSection title="Changeable settings" description="Everything update_room_info accepts.">
        <Field id="edit-room-name" label="Meeting name" error={err.roomName?.message}>
          <input
            id="edit-room-name"
            className={controlClass}
            aria-invalid={!!err.roomName}
            {...register("roomName")}
          />
        </Field>
        <Field
          id="edit-max-members"
          label="Max members"
          optional
          hint="Leave empty to keep the current limit."
          error={err.maxMemberCount?.message}
        >
          <input
            id="edit-max-members"
            type="number"
            min={1}
            max={maxMembers}
            className={controlClass}
            aria-invalid={!!err.maxMemberCount}
            aria-describedby="edit-max-members-hint"
            {...register("maxMemberCount", { valueAsNumber: true })}
          />
        </Field>
        {SWITCH_KEYS.map((k) => (
          <Switch
            key={k}
            id={`edit-${k}`}
            label={fieldLabel(translator(), `settings.${k}`)}
            {...register(`settings.${k}`)}
          />
        ))}
        <Field id="edit-custom-info" label="Custom info" optional error={err.customInfo?.message}>
          <textarea
            id="edit-custom-info"
            rows={3}
            className={controlClass}
            aria-invalid={!!err.customInfo}
            {...register("customInfo")}
          />
        </Field>
        {meeting.settings.seats.enabled ? (
          <Field id="edit-seat-mode" label="Seat mode" error={err.takeSeatMode?.message}>
            <select id="edit-seat-mode" className={controlClass} {...register("takeSeatMode")}>
              {TAKE_SEAT_MODES.map((mode) => (
                <option key={mode} value={mode}>
                  {mode}
                </option>
              ))}
            </select>
          </Field>
        ) : null}
      </FormSection>
      {errorAlert}
      <Button type="submit">Review changes</Button>
    </form>
  );
}
