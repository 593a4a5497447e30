"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { startValues } from "@/components/meetings/use-edit-meeting";
import { localizedResolver } from "@/components/ui/localized-resolver";
import { useSessionRecovery } from "@/components/ui/session-recovery";
import { editSeriesAction } from "@/lib/actions/series/actions";
import type { SeriesEditResult } from "@/lib/actions/series/edit-result";
import { applyServerErrors, fieldsNamed, type FormFailure } from "@/lib/forms/server-errors";
import { useT } from "@/lib/i18n/use-t";
import type { MeetingDetail } from "@/lib/meetings/types";
import { meetingKeys } from "@/lib/queries/meetings";
import { seriesOptions } from "@/lib/queries/series";
import {
  makeUpdateMeetingSchema,
  type UpdateMeetingInput,
  type UpdateMeetingValues,
} from "@/lib/schemas/meeting";
import type { SeriesChanges, SeriesScope } from "@/lib/schemas/series-ops";
import { SWITCH_KEYS } from "@/lib/trtc/room-fields";

export type EditOutcome = { ok: true; message: string } | { ok: false; failure: FormFailure };

/** The switches show no message of their own: theirs go to the alert. */
const isEditField = fieldsNamed("roomName", "maxMemberCount", "customInfo", "takeSeatMode");

/**
 * Only what the admin changed from what the chosen room has, so every other field stays as each room of the
 * series has it. Compared with the starting values, not RHF's dirty flags, which are only kept when read
 * while rendering.
 */
export function changedFields(values: UpdateMeetingValues, start: UpdateMeetingInput): SeriesChanges {
  const out: SeriesChanges = {};
  if (values.roomName !== start.roomName) out.roomName = values.roomName;
  if (values.maxMemberCount !== undefined && values.maxMemberCount !== start.maxMemberCount)
    out.maxMemberCount = values.maxMemberCount;
  const switches = SWITCH_KEYS.filter((k) => values.settings?.[k] !== start.settings?.[k]);
  if (switches.length > 0) out.settings = Object.fromEntries(switches.map((k) => [k, values.settings![k]]));
  if (values.customInfo !== start.customInfo) out.customInfo = values.customInfo;
  if (start.takeSeatMode !== undefined && values.takeSeatMode !== start.takeSeatMode)
    out.takeSeatMode = values.takeSeatMode;
  return out;
}

/**
 * The series edit of one occurrence's fields with the single meeting's schema; the server parses the same
 * fields with the series' schema, derived from it. `onOutcome` lives above the form, which starts again from
 * the room's new values once they are read back.
 */
export function useOccurrenceEdit(
  target: { seriesId: string; index: number; meeting: MeetingDetail; maxMembers: number },
  onOutcome: (o: EditOutcome | null) => void,
) {
  const t = useT();
  const { maxMembers, meeting } = target;
  const schema = useMemo(() => makeUpdateMeetingSchema({ maxMembers }), [maxMembers]);
  const [start] = useState(() => startValues(meeting));
  const form = useForm<UpdateMeetingInput, unknown, UpdateMeetingValues>({
    resolver: localizedResolver(schema, t),
    mode: "onTouched",
    defaultValues: start,
  });
  const [scope, setScope] = useState<SeriesScope>("one");
  const [pending, setPending] = useState(false);
  const recovering = useSessionRecovery();
  const queryClient = useQueryClient();

  async function send(values: UpdateMeetingValues) {
    const changes = changedFields(values, start);
    if (Object.keys(changes).length === 0)
      return onOutcome({ ok: false, failure: { message: t("series.error.noChanges") } });
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

  return { form, scope, setScope, pending, onSubmit: form.handleSubmit(send) };
}
