"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo, useRef, useState, useSyncExternalStore, type FormEvent } from "react";
import { useForm } from "react-hook-form";
import { scheduleMeetingAction } from "@/lib/actions/schedule-meeting";
import { applyServerErrors } from "@/lib/forms/server-errors";
import {
  defaultScheduleValues,
  makeScheduleMeetingSchema,
  type ScheduleMeetingInput,
  type ScheduleMeetingValues,
} from "@/lib/schemas/meeting";
import { meetingKeys } from "@/lib/queries/meetings";
import { generateRoomId } from "@/lib/schemas/room-id";
import type { ScheduleMeetingResult, UnconfirmedFailure } from "@/lib/actions/result";
import type { ScheduledMeeting } from "@/lib/meetings/types";
import type { FormError } from "./form-error-alert";
import { isFormField } from "./field-paths";
import { browserTimeZone, serverRenderedValues } from "./form-values";
import { newIntentId } from "./intent-id";

export interface MeetingFormLimits {
  maxMembers: number;
  maxSeats: number;
}

const noSubscription = () => () => {};

/** null on the server and during hydration, the browser's zone afterwards. */
const useViewerZone = () => useSyncExternalStore(noSubscription, browserTimeZone, () => null);

const LOST_ANSWER =
  "Roomdesk's server did not answer, so the outcome is unknown. Press Schedule again without changing " +
  "anything: if the meeting was created, you will see it instead of getting a second one.";

export function useScheduleMeeting(limits: MeetingFormLimits, initialRoomId: string) {
  const { maxMembers, maxSeats } = limits;
  const schema = useMemo(() => makeScheduleMeetingSchema({ maxMembers, maxSeats }), [maxMembers, maxSeats]);
  const form = useForm<ScheduleMeetingInput, unknown, ScheduleMeetingValues>({
    resolver: zodResolver(schema),
    mode: "onTouched",
    defaultValues: serverRenderedValues(initialRoomId, maxSeats),
  });
  const viewerZone = useViewerZone();
  const queryClient = useQueryClient();
  const [scheduled, setScheduled] = useState<ScheduledMeeting | null>(null);
  const [formError, setFormError] = useState<FormError | null>(null);
  const [unconfirmed, setUnconfirmed] = useState<UnconfirmedFailure | null>(null);
  const [pending, setPending] = useState(false);
  const inFlight = useRef(false);
  const intent = useRef<{ id: string; values: string } | null>(null);
  const lastSent = useRef<ScheduleMeetingValues | null>(null);
  const { reset, setError, setFocus, handleSubmit } = form;

  useEffect(() => {
    if (!viewerZone) return;
    // Anything typed before hydration finished is dirty and survives.
    reset(defaultScheduleValues(Date.now(), viewerZone, { roomId: initialRoomId, maxSeats }), {
      keepDirtyValues: true,
    });
  }, [viewerZone, reset, initialRoomId, maxSeats]);

  async function send(values: ScheduleMeetingValues) {
    lastSent.current = values;
    // Resending the same values after a lost answer reuses the intent, so the server replays its outcome
    // instead of creating a second room; changed values are a new intent.
    const key = JSON.stringify(values);
    if (intent.current?.values !== key) intent.current = { id: newIntentId(), values: key };
    try {
      const result = await scheduleMeetingAction({ ...values, intentId: intent.current.id });
      // An unconfirmed intent stays open: sending it again resumes it (verify first), never a second room.
      if ("unconfirmed" in result) return setUnconfirmed(result);
      showResult(result);
    } catch {
      setFormError({ message: LOST_ANSWER });
    }
  }

  // A definite answer closes the intent, so "try again" after a failure really tries again.
  function showResult(result: ScheduleMeetingResult) {
    setUnconfirmed(null);
    if (result.ok || result.error?.code !== "in-progress") intent.current = null;
    if (result.ok) {
      setScheduled(result);
      void queryClient.invalidateQueries({ queryKey: meetingKeys.lists() });
    } else {
      const alert = applyServerErrors(result, setError, {
        isField: isFormField,
        fallback: "The server refused the request.",
      });
      setFormError({ ...alert, links: nextSteps(result.error?.code) });
    }
  }

  /** 100010: the Room ID is a room the admin account owns, made elsewhere or earlier: open or import it. */
  function nextSteps(code: string | undefined) {
    if (code !== "trtc:100010") return undefined;
    const roomId = encodeURIComponent(form.getValues("roomId"));
    return [
      { href: `/meetings/${roomId}`, label: "Open this room in Roomdesk" },
      { href: `/meetings?import=${roomId}`, label: "Import it into Roomdesk" },
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
    reset(defaultScheduleValues(Date.now(), viewerZone ?? "UTC", { roomId: generateRoomId(), maxSeats }));
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
    onSettled: () => (lastSent.current ? void send(lastSent.current) : undefined),
    scheduleAnother,
  };
}
