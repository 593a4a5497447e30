"use client";

import { useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useMemo, useRef, useState } from "react";
import { FormProvider } from "react-hook-form";
import { TimeSection } from "@/components/schedule/time-section";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { rescheduleMeetingAction } from "@/lib/actions/reschedule-meeting";
import { useT } from "@/lib/i18n/use-t";
import { rescheduledRoomId } from "@/lib/meetings/meeting-values";
import type { MeetingSummary } from "@/lib/meetings/types";
import { meetingKeys } from "@/lib/queries/meetings";
import { makeRescheduleSchema, type RescheduleInput } from "@/lib/schemas/reschedule";
import { ROOM_LIMITS } from "@/lib/trtc/limits";
import { epochToWallTime } from "@/lib/time/wall-time";
import { useViewerZone } from "./use-viewer-zone";

const isField = (path: string) => path === "newRoomId" || path.startsWith("schedule.");

/** The form starts at the meeting's own time, zone and length, with a new RoomId suggested from its own. */
function startingValues(m: MeetingSummary): RescheduleInput {
  return {
    roomId: m.roomId,
    newRoomId: rescheduledRoomId(m.roomId),
    schedule: {
      ...epochToWallTime(m.start, m.timeZone),
      timeZone: m.timeZone,
      durationMinutes: Math.round((m.end - m.start) / 60),
    },
  };
}

/**
 * Reschedule: a new time (the schedule form's own time fields, checks and preview) and the new room's
 * RoomId. Tencent cannot move a room, so the server makes a new room and then cancels this one.
 */
export function RescheduleDialog({ meeting }: { meeting: MeetingSummary }) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const queryClient = useQueryClient();
  const viewerZone = useViewerZone();
  const [done, setDone] = useState<{ roomId: string; message: string } | null>(null);
  const schema = useMemo(() => makeRescheduleSchema(Date.now), []);
  const { form, formError, pending, onSubmit } = useActionForm({
    schema,
    defaultValues: startingValues(meeting),
    send: (values) => rescheduleMeetingAction(values),
    isField,
    fallback: t("reschedule.fallback"),
    lostAnswer: t("reschedule.lostAnswer"),
    // The page behind shows the old meeting cancelled only once the admin has read the outcome: refreshed
    // right away, it would drop this dialog with the cancel buttons.
    onSuccess: (result) => setDone({ roomId: result.roomId, message: result.message }),
  });
  const refresh = () => {
    if (done) void queryClient.invalidateQueries({ queryKey: meetingKeys.all });
  };

  return (
    <>
      <Button variant="secondary" onClick={() => dialog.current?.showModal()}>
        {t("reschedule.action")}
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby="reschedule-title"
        onClose={refresh}
        className="m-auto max-h-[90vh] w-full max-w-xl overflow-y-auto rounded-xl border border-slate-200 p-6 shadow-xl backdrop:bg-slate-900/40"
      >
        <h2 id="reschedule-title" className="mb-4 text-lg font-semibold text-slate-900">
          {t("reschedule.title", { name: meeting.roomName })}
        </h2>
        {done ? (
          <div className="space-y-4">
            <Alert tone="info" role="status" title={t("reschedule.doneTitle")}>
              {done.message}
            </Alert>
            <Link
              href={`/meetings/${encodeURIComponent(done.roomId)}`}
              onClick={refresh}
              className="inline-flex rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white"
            >
              {t("reschedule.openNew")}
            </Link>
          </div>
        ) : (
          <FormProvider {...form}>
            <form onSubmit={onSubmit} className="space-y-4" noValidate>
              <p className="text-sm text-slate-600">{t("reschedule.intro")}</p>
              <TimeSection viewerZone={viewerZone} />
              <FormField
                control={form.control}
                name="newRoomId"
                id="reschedule-new-room-id"
                label={t("reschedule.newRoomId")}
                hint={t("reschedule.newRoomIdHint")}
                maxBytes={ROOM_LIMITS.roomIdMaxBytes}
                autoComplete="off"
              />
              <FormAlert error={formError} />
              <div className="flex justify-end gap-2">
                <Button variant="ghost" onClick={() => dialog.current?.close()}>
                  {t("reschedule.close")}
                </Button>
                <Button type="submit" disabled={pending}>
                  {pending ? t("reschedule.submitting") : t("reschedule.submit")}
                </Button>
              </div>
            </form>
          </FormProvider>
        )}
      </dialog>
    </>
  );
}
