"use client";

import { useRef } from "react";
import { FormProvider } from "react-hook-form";
import { AdvancedSection } from "./advanced-section";
import { BasicsSection } from "./basics-section";
import { ConfirmationPanel } from "./confirmation-panel";
import { ErrorSummary } from "./error-summary";
import { FormErrorAlert } from "./form-error-alert";
import { InviteesSection } from "./invitees-section";
import { RequestPreview } from "./request-preview";
import { RoomSettingsSection } from "./room-settings-section";
import { SeatsSection } from "./seats-section";
import { SubmitBar } from "./submit-bar";
import { TimeSection } from "./time-section";
import { UnconfirmedPanel } from "./unconfirmed-panel";
import { useFocusFirstError } from "./use-focus-first-error";
import { useScheduleMeeting, type MeetingFormLimits } from "./use-schedule-meeting";
import { RepeatSection } from "@/components/series/repeat-section";
import { useT } from "@/lib/i18n/use-t";
import type { MeetingFormSettings } from "@/lib/meetings/meeting-values";

interface ScheduleMeetingFormProps {
  limits: MeetingFormLimits;
  /** Generated on the server so the first browser render shows the same ID. */
  initialRoomId: string;
  /** Duplicate: the settings and invitees of the meeting copied. */
  copied?: MeetingFormSettings;
}

export function ScheduleMeetingForm({ limits, initialRoomId, copied }: ScheduleMeetingFormProps) {
  const t = useT();
  const meeting = useScheduleMeeting(limits, initialRoomId, copied);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(meeting.form.control, formRef);

  if (meeting.scheduled) {
    return (
      <ConfirmationPanel
        meeting={meeting.scheduled}
        invitees={meeting.form.getValues("invitees")}
        viewerZone={meeting.viewerZone}
        onScheduleAnother={meeting.scheduleAnother}
      />
    );
  }

  if (meeting.unconfirmed) {
    return <UnconfirmedPanel failure={meeting.unconfirmed} onSettled={meeting.onSettled} />;
  }

  // What every meeting needs (name, when, who) comes first and fits one desktop screen; what most leave at
  // its defaults is collapsed below the invitees, each section saying in one line what it changes.
  return (
    <FormProvider {...meeting.form}>
      {/* noValidate: the schema's messages replace the browser's bubbles, which cannot be styled or linked. */}
      <form
        ref={formRef}
        noValidate
        onSubmit={meeting.onSubmit}
        aria-label={t("scheduleForm.formLabel")}
        className="space-y-6"
      >
        <ErrorSummary />
        {meeting.formError ? <FormErrorAlert error={meeting.formError} /> : null}
        <BasicsSection />
        <div className="grid gap-6 lg:grid-cols-2 lg:items-start">
          <div className="space-y-6">
            <TimeSection viewerZone={meeting.viewerZone} />
            <RepeatSection />
          </div>
          <div className="space-y-4">
            <InviteesSection />
            <RoomSettingsSection />
            <SeatsSection maxSeats={limits.maxSeats} />
            <AdvancedSection maxMembers={limits.maxMembers} />
            <RequestPreview schema={meeting.schema} />
          </div>
        </div>
        <SubmitBar pending={meeting.pending} />
      </form>
    </FormProvider>
  );
}
