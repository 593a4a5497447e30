"use client";

import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { FormSection } from "@/components/ui/form-section";
import type { MeetingDetail } from "@/lib/meetings/types";
import { ChangeableFields } from "./changeable-fields";
import { ChangeList } from "./change-list";
import { useEditMeeting } from "./use-edit-meeting";
import { useT } from "@/lib/i18n/use-t";

export function EditMeetingForm({ meeting, maxMembers }: { meeting: MeetingDetail; maxMembers: number }) {
  const t = useT();
  const { form, review, formError, pending, onReview, save, back } = useEditMeeting(meeting, maxMembers);
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
        <ChangeableFields
          form={form}
          maxMembers={maxMembers}
          seatsEnabled={meeting.settings.seats.enabled}
          idPrefix="edit"
        />
      </FormSection>
      {errorAlert}
      <Button type="submit">{t("meetings.reviewChanges")}</Button>
    </form>
  );
}
