"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useMemo, useRef } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { useToast } from "@/components/ui/toast";
import { useActionForm } from "@/components/ui/use-action-form";
import { cancelMeetingAction } from "@/lib/actions/cancel-meeting";
import { fieldsNamed } from "@/lib/forms/server-errors";
import { meetingKeys } from "@/lib/queries/meetings";
import { confirmCancelSchema } from "@/lib/schemas/meeting-actions";
import { useT } from "@/lib/i18n/use-t";

/** destroy_room cannot be undone, so the admin types the meeting's name before the button wakes up. */
interface CancelMeetingDialogProps {
  roomId: string;
  roomName: string;
  /** Where focus goes once cancelled: the button that opened the dialog is gone by then. */
  onCancelled?: () => void;
}

export function CancelMeetingDialog({ roomId, roomName, onCancelled }: CancelMeetingDialogProps) {
  const t = useT();
  const toast = useToast();
  const dialog = useRef<HTMLDialogElement>(null);
  const queryClient = useQueryClient();
  const schema = useMemo(() => confirmCancelSchema(roomName, t), [roomName, t]);
  const { form, formError, pending, onSubmit } = useActionForm({
    schema,
    defaultValues: { roomId, confirmName: "" },
    send: (values) => cancelMeetingAction(values),
    isField: fieldsNamed("confirmName"),
    fallback: t("meetings.cancelFallback"),
    lostAnswer: t("meetings.cancelLostAnswer"),
    onSuccess: async () => {
      dialog.current?.close();
      await queryClient.invalidateQueries({ queryKey: meetingKeys.all });
      toast(t("feedback.toastCancelled", { name: roomName }));
      onCancelled?.();
    },
  });
  const { isValid } = form.formState;

  return (
    <>
      <Button variant="dangerOutline" onClick={() => dialog.current?.showModal()}>
        {t("meetings.cancelMeeting")}
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby="cancel-title"
        className="m-auto w-full max-w-md rounded-xl border border-slate-200 p-6 shadow-xl backdrop:bg-slate-900/40"
      >
        <form onSubmit={onSubmit} className="space-y-4" noValidate>
          <h2 id="cancel-title" className="text-lg font-semibold text-slate-900">
            {t("meetings.cancelTitle", { name: roomName })}
          </h2>
          <p className="text-sm text-slate-600">
            {t.rich("meetings.cancelBody", {
              roomId,
              code: (chunks) => <span className="font-mono">{chunks}</span>,
            })}
          </p>
          <FormField
            control={form.control}
            name="confirmName"
            id="cancel-confirm"
            label={t("meetings.cancelConfirmLabel")}
            autoComplete="off"
          />
          <FormAlert error={formError} />
          <div className="flex justify-end gap-2">
            <Button variant="ghost" onClick={() => dialog.current?.close()}>
              {t("meetings.keepMeeting")}
            </Button>
            {/* Awake once the schema accepts the name typed: the same check the server makes. */}
            <Button type="submit" variant="danger" disabled={pending || !isValid}>
              {pending ? t("meetings.cancelling") : t("meetings.cancelMeeting")}
            </Button>
          </div>
        </form>
      </dialog>
    </>
  );
}
