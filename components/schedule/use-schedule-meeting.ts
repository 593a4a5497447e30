"use client";

import { localizedResolver } from "@/components/ui/localized-resolver";
import { useSessionRecovery } from "@/components/ui/session-recovery";
import { useToast } from "@/components/ui/toast";
import { useT } from "@/lib/i18n/use-t";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo, useRef, useState, useSyncExternalStore, type FormEvent } from "react";
import { useForm } from "react-hook-form";
import { scheduleMeetingAction } from "@/lib/actions/schedule-meeting";
import { applyServerErrors } from "@/lib/forms/server-errors";
import { useRouter } from "next/navigation";
import { defaultScheduleValues, type ScheduleMeetingValues } from "@/lib/schemas/meeting";
import {
  defaultRepeatValues,
  makeScheduleFormSchema,
  type ScheduleFormInput,
  type ScheduleFormValues,
} from "@/lib/schemas/series";
import { createSeriesAction } from "@/lib/actions/series/actions";
import { meetingKeys } from "@/lib/queries/meetings";
import { generateRoomId } from "@/lib/schemas/room-id";
import {
  SESSION_ENDED_CODE,
  type ScheduleMeetingResult,
  type UnconfirmedFailure,
} from "@/lib/actions/result";
import type { ScheduledMeeting } from "@/lib/meetings/types";
import type { FormError } from "./form-error-alert";
import { isFormField } from "./field-paths";
import type { MeetingFormSettings } from "@/lib/meetings/meeting-values";
import { browserTimeZone, serverRenderedValues, withCopied } from "./form-values";
import { newIntentId } from "./intent-id";

export interface MeetingFormLimits {
  maxMembers: number;
  maxSeats: number;
}

const noSubscription = () => () => {};

/** null on the server and during hydration, the browser's zone afterwards. */
const useViewerZone = () => useSyncExternalStore(noSubscription, browserTimeZone, () => null);

export function useScheduleMeeting(
  limits: MeetingFormLimits,
  drawnRoomId: string,
  copied?: MeetingFormSettings,
) {
  const t = useT();
  // The page draws a new ID whenever it re-renders (signing in again does that): the first one stays.
  const [initialRoomId] = useState(drawnRoomId);
  const recovering = useSessionRecovery();
  const toast = useToast();
  const { maxMembers, maxSeats } = limits;
  const schema = useMemo(() => makeScheduleFormSchema({ maxMembers, maxSeats }), [maxMembers, maxSeats]);
  const form = useForm<ScheduleFormInput, unknown, ScheduleFormValues>({
    resolver: localizedResolver(schema, t),
    mode: "onTouched",
    defaultValues: {
      ...serverRenderedValues(initialRoomId, maxSeats, copied),
      repeat: defaultRepeatValues(),
    },
  });
  const router = useRouter();
  const viewerZone = useViewerZone();
  const queryClient = useQueryClient();
  const [scheduled, setScheduled] = useState<ScheduledMeeting | null>(null);
  const [formError, setFormError] = useState<FormError | null>(null);
  const [unconfirmed, setUnconfirmed] = useState<UnconfirmedFailure | null>(null);
  const [pending, setPending] = useState(false);
  const inFlight = useRef(false);
  const intent = useRef<{ id: string; values: string } | null>(null);
  const lastSent = useRef<ScheduleMeetingValues | null>(null);
  const seriesIntent = useRef<{ id: string; values: string } | null>(null);
  const { reset, setError, setFocus, handleSubmit } = form;

  useEffect(() => {
    if (!viewerZone) return;
    // Anything typed before hydration finished is dirty and survives.
    const values = defaultScheduleValues(Date.now(), viewerZone, { roomId: initialRoomId, maxSeats });
    reset({ ...withCopied(values, copied), repeat: defaultRepeatValues() }, { keepDirtyValues: true });
  }, [viewerZone, reset, initialRoomId, maxSeats, copied]);

  /** A series is created once per submission: the same id is sent again after a lost answer. */
  async function sendSeries(values: ScheduleFormValues) {
    const key = JSON.stringify(values);
    if (seriesIntent.current?.values !== key) seriesIntent.current = { id: crypto.randomUUID(), values: key };
    const seriesId = seriesIntent.current.id;
    try {
      // As for one meeting: a session that ran out asks for sign-in over the form, then sends this series once.
      const result = await recovering(() => createSeriesAction({ ...values, seriesId }));
      if (result.ok) {
        void queryClient.invalidateQueries({ queryKey: meetingKeys.lists() });
        return router.push(result.href);
      }
      // Declined sign-in keeps the id, so sending again later is still recognised as this series.
      if (result.error?.code !== SESSION_ENDED_CODE) seriesIntent.current = null;
      const alert = applyServerErrors(result, setError, {
        isField: isFormField,
        fallback: t("scheduleForm.refused"),
      });
      setFormError(alert);
    } catch {
      setFormError({ message: t("scheduleForm.lostAnswer") });
    }
  }

  async function send({ repeat, ...values }: ScheduleFormValues) {
    if (repeat.enabled) return sendSeries({ ...values, repeat });
    lastSent.current = values;
    // Resending the same values after a lost answer reuses the intent, so the server replays its outcome
    // instead of creating a second room; changed values are a new intent.
    const key = JSON.stringify(values);
    if (intent.current?.values !== key) intent.current = { id: newIntentId(), values: key };
    const intentId = intent.current.id;
    try {
      // A session that ran out asks for sign-in over the form, then sends this same intent once.
      const result = await recovering(() => scheduleMeetingAction({ ...values, intentId }));
      // An unconfirmed intent stays open: sending it again resumes it (verify first), never a second room.
      if ("unconfirmed" in result) return setUnconfirmed(result);
      showResult(result);
    } catch {
      setFormError({ message: t("scheduleForm.lostAnswer") });
    }
  }

  // A definite answer closes the intent, so "try again" after a failure really tries again.
  function showResult(result: ScheduleMeetingResult) {
    setUnconfirmed(null);
    // Refused before it was read (signed out): the same submission keeps its intent for the next try.
    const code = result.ok ? null : result.error?.code;
    if (code !== "in-progress" && code !== SESSION_ENDED_CODE) intent.current = null;
    if (result.ok) {
      setScheduled(result);
      toast(t("feedback.toastScheduled", { name: result.roomName || result.roomId }));
      void queryClient.invalidateQueries({ queryKey: meetingKeys.lists() });
    } else {
      const alert = applyServerErrors(result, setError, {
        isField: isFormField,
        fallback: t("scheduleForm.refused"),
      });
      setFormError({ ...alert, links: nextSteps(result.error?.code) });
    }
  }

  /** 100010: the Room ID is a room the admin account owns, made elsewhere or earlier: open or import it. */
  function nextSteps(code: string | undefined) {
    if (code !== "trtc:100010") return undefined;
    const roomId = encodeURIComponent(form.getValues("roomId"));
    return [
      { href: `/meetings/${roomId}`, label: t("scheduleForm.openRoom") },
      { href: `/meetings?import=${roomId}`, label: t("scheduleForm.importRoom") },
    ];
  }

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    // A double click submits twice before React re-renders the disabled button; the ref sees both.
    if (inFlight.current) return;
    inFlight.current = true;
    setPending(true);
    setFormError(null);
    void handleSubmit(send)(e).finally(() => {
      inFlight.current = false;
      setPending(false);
    });
  }

  function scheduleAnother() {
    setScheduled(null);
    setUnconfirmed(null);
    setFormError(null);
    const values = defaultScheduleValues(Date.now(), viewerZone ?? "UTC", {
      roomId: generateRoomId(),
      maxSeats,
    });
    reset({ ...values, repeat: defaultRepeatValues() });
    requestAnimationFrame(() => setFocus("roomName"));
  }

  return {
    form,
    schema,
    viewerZone,
    scheduled,
    unconfirmed,
    formError,
    pending,
    onSubmit,
    // Settled by the reconciler: the same intent, sent again, gets its recorded answer.
    onSettled: () =>
      lastSent.current ? void send({ ...lastSent.current, repeat: defaultRepeatValues() }) : undefined,
    scheduleAnother,
  };
}
