"use client";

import { localizedResolver } from "@/components/ui/localized-resolver";
import { useSessionRecovery } from "@/components/ui/session-recovery";
import { useToast } from "@/components/ui/toast";
import { useT } from "@/lib/i18n/use-t";
import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { updateMeetingAction } from "@/lib/actions/update-meeting";
import { applyServerErrors, fieldsNamed, type FormFailure } from "@/lib/forms/server-errors";
import { describeChanges } from "@/lib/meetings/diff";
import type { FieldChange, MeetingDetail } from "@/lib/meetings/types";
import {
  makeUpdateMeetingSchema,
  type UpdateMeetingInput,
  type UpdateMeetingValues,
} from "@/lib/schemas/meeting";
import { meetingKeys } from "@/lib/queries/meetings";
import { SWITCH_KEYS, type SwitchKey } from "@/lib/trtc/room-fields";

/**
 * The server's paths for the fields that show their own message; any other (the switches show none) is
 * said in the form-level alert rather than set where nobody would see it.
 */
const isEditField = fieldsNamed("roomName", "maxMemberCount", "customInfo", "takeSeatMode");

/** The edit form's values: what the meeting has now. */
export function startValues(m: MeetingDetail): UpdateMeetingInput {
  const s = m.settings;
  return {
    roomName: m.roomName,
    maxMemberCount: s.maxMemberCount ?? undefined,
    settings: Object.fromEntries(SWITCH_KEYS.map((k) => [k, s[k]])) as Record<SwitchKey, boolean>,
    customInfo: s.customInfo,
    takeSeatMode: s.seats.enabled ? s.seats.takeSeatMode : undefined,
  };
}

/** Edit → review (the diff) → save. The server recomputes the diff from the index; this one is for the eye. */
export function useEditMeeting(meeting: MeetingDetail, maxMembers: number) {
  const t = useT();
  const schema = useMemo(() => makeUpdateMeetingSchema({ maxMembers }), [maxMembers]);
  const form = useForm<UpdateMeetingInput, unknown, UpdateMeetingValues>({
    resolver: localizedResolver(schema, t),
    mode: "onTouched",
    defaultValues: startValues(meeting),
  });
  const router = useRouter();
  const queryClient = useQueryClient();
  const recovering = useSessionRecovery();
  const toast = useToast();
  const [review, setReview] = useState<{ values: UpdateMeetingValues; changes: FieldChange[] } | null>(null);
  const [formError, setFormError] = useState<FormFailure | null>(null);
  const [pending, setPending] = useState(false);
  const current = { roomName: meeting.roomName, settings: meeting.settings };

  const onReview = form.handleSubmit((values) => {
    setFormError(null);
    const changes = describeChanges(current, values);
    if (changes.length === 0) return setFormError({ message: "Nothing has changed yet." });
    setReview({ values, changes });
  });

  async function save() {
    if (!review || pending) return;
    setPending(true);
    setFormError(null);
    try {
      const result = await recovering(() =>
        updateMeetingAction({ roomId: meeting.roomId, changes: review.values }),
      );
      if (result.ok) {
        toast(t("feedback.toastSaved", { name: review.values.roomName || meeting.roomId }));
        await queryClient.invalidateQueries({ queryKey: meetingKeys.all });
        router.push(`/meetings/${encodeURIComponent(meeting.roomId)}`);
        return;
      }
      setReview(null);
      setFormError(
        applyServerErrors(result, form.setError, {
          isField: isEditField,
          fallback: "The meeting was not changed.",
        }),
      );
    } catch {
      setFormError({
        message: "Roomdesk's server did not answer. Reload the meeting to see whether it changed.",
      });
    } finally {
      setPending(false);
    }
  }

  return { form, review, formError, pending, onReview, save, back: () => setReview(null) };
}
