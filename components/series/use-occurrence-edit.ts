"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo, useState } from "react";
import { useForm, type UseFormReturn } from "react-hook-form";
import { startValues } from "@/components/meetings/use-edit-meeting";
import { localizedResolver } from "@/components/ui/localized-resolver";
import { useSessionRecovery } from "@/components/ui/session-recovery";
import { editSeriesAction } from "@/lib/actions/series/actions";
import type { SeriesEditResult } from "@/lib/actions/series/edit-result";
import { applyServerErrors, fieldsNamed, type FormFailure } from "@/lib/forms/server-errors";
import { fieldLabel } from "@/lib/i18n/field-labels";
import { localizeZodError } from "@/lib/i18n/localize-issue";
import { useT } from "@/lib/i18n/use-t";
import type { MeetingDetail } from "@/lib/meetings/types";
import { meetingKeys } from "@/lib/queries/meetings";
import { seriesOptions } from "@/lib/queries/series";
import {
  makeUpdateMeetingSchema,
  type UpdateMeetingInput,
  type UpdateMeetingValues,
} from "@/lib/schemas/meeting";
import { toFieldErrors } from "@/lib/schemas/field-errors";
import {
  chosenChanges,
  isSeriesEditField,
  makeEditSeriesSchema,
  type SeriesEditField,
  type SeriesScope,
} from "@/lib/schemas/series-ops";

export type EditOutcome = { ok: true; message: string } | { ok: false; failure: FormFailure };

/** The switches show no message of their own: theirs go to the alert. */
const isEditField = fieldsNamed("roomName", "maxMemberCount", "customInfo", "takeSeatMode");

/**
 * Which fields the admin applies. A field edited in this form is applied from then on, even when toggled
 * back to the chosen room's value (RHF's dirty flag would drop it), since other rooms may differ; the admin
 * may also apply a field as it stands, or stop applying one, which puts the chosen room's value back.
 */
function useAppliedFields(form: UseFormReturn<UpdateMeetingInput, unknown, UpdateMeetingValues>) {
  const [applied, setApplied] = useState<ReadonlySet<SeriesEditField>>(() => new Set());
  useEffect(() => {
    // Only the admin's own input ("change"), not a reset or a value read back.
    const subscription = form.watch((_values, { name, type }) => {
      if (type === "change" && name && isSeriesEditField(name))
        setApplied((now) => (now.has(name) ? now : new Set(now).add(name)));
    });
    return () => subscription.unsubscribe();
  }, [form]);
  function setFieldApplied(field: SeriesEditField, on: boolean) {
    if (!on) form.resetField(field);
    setApplied((now) => {
      const next = new Set(now);
      if (on) next.add(field);
      else next.delete(field);
      return next;
    });
  }
  // After a save the form starts again from what the rooms now hold, with nothing applied; when the chosen
  // room already had the values its sequence stays, so the form is not remounted and must be told.
  const clearApplied = () => setApplied(new Set());
  return { applied, setFieldApplied, clearApplied };
}

/**
 * The series edit of one occurrence's fields with the single meeting's schema, then the applied ones with
 * the series' schema the server parses them with, so nothing is sent that it would refuse. `onOutcome`
 * lives above the form, which starts again from the room's new values once they are read back.
 */
export function useOccurrenceEdit(
  target: { seriesId: string; index: number; meeting: MeetingDetail; maxMembers: number },
  onOutcome: (o: EditOutcome | null) => void,
) {
  const t = useT();
  const { maxMembers, meeting } = target;
  const schema = useMemo(() => makeUpdateMeetingSchema({ maxMembers }), [maxMembers]);
  const changesSchema = useMemo(() => makeEditSeriesSchema({ maxMembers }).shape.changes, [maxMembers]);
  const [start] = useState(() => startValues(meeting));
  const form = useForm<UpdateMeetingInput, unknown, UpdateMeetingValues>({
    resolver: localizedResolver(schema, t),
    mode: "onTouched",
    defaultValues: start,
  });
  const { applied, setFieldApplied, clearApplied } = useAppliedFields(form);
  const [scope, setScope] = useState<SeriesScope>("one");
  const [pending, setPending] = useState(false);
  const recovering = useSessionRecovery();
  const queryClient = useQueryClient();

  async function send(values: UpdateMeetingValues) {
    if (applied.has("maxMemberCount") && values.maxMemberCount === undefined) {
      const field = fieldLabel(t, "maxMemberCount");
      form.setError(
        "maxMemberCount",
        { message: t("series.error.chosenEmpty", { field }) },
        { shouldFocus: true },
      );
      return onOutcome(null);
    }
    const parsed = changesSchema.safeParse(chosenChanges(values, applied));
    if (!parsed.success) {
      const fieldErrors = toFieldErrors(localizeZodError(t, parsed.error));
      const failure = applyServerErrors({ ok: false, fieldErrors }, form.setError, { isField: isEditField });
      return onOutcome(failure ? { ok: false, failure } : null);
    }
    const changes = parsed.data;
    setPending(true);
    onOutcome(null);
    let outcome: EditOutcome;
    try {
      const ref = { seriesId: target.seriesId, index: target.index, scope };
      const result = await recovering(() => editSeriesAction({ ...ref, changes }));
      outcome = result.ok ? { ok: true, message: result.message } : refused(result);
    } catch {
      outcome = { ok: false, failure: { message: t("scheduleForm.lostAnswer") } };
    }
    // Read the rooms back before saying so, so the form says it over the values it now starts from.
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: seriesOptions(target.seriesId).queryKey }),
      queryClient.invalidateQueries({ queryKey: meetingKeys.all }),
    ]);
    setPending(false);
    if (outcome.ok) clearApplied();
    onOutcome(outcome);
  }

  function refused(result: Exclude<SeriesEditResult, { ok: true }>): EditOutcome {
    const failure = applyServerErrors(result, form.setError, {
      isField: isEditField,
      fallback: t("scheduleForm.refused"),
    });
    const rooms = "rooms" in result ? result.rooms : [];
    const perRoom = rooms.map((r) => t("series.roomFailed", { roomId: r.roomId, reason: r.reason }));
    return { ok: false, failure: { ...failure, details: [...(failure.details ?? []), ...perRoom] } };
  }

  return { form, applied, setFieldApplied, scope, setScope, pending, onSubmit: form.handleSubmit(send) };
}
