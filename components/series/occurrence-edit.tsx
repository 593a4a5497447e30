"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { ChangeableFields } from "@/components/meetings/changeable-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { useT } from "@/lib/i18n/use-t";
import type { MeetingDetail } from "@/lib/meetings/types";
import { meetingDetailOptions } from "@/lib/queries/meetings";
import { SERIES_SCOPES } from "@/lib/schemas/series-ops";
import { AppliedField } from "./applied-field";
import { ScopeSelect } from "./scope-select";
import { useOccurrenceEdit, type EditOutcome } from "./use-occurrence-edit";

interface EditTarget {
  seriesId: string;
  index: number;
  maxMembers: number;
}

function EditForm({
  target,
  meeting,
  onOutcome,
}: {
  target: EditTarget;
  meeting: MeetingDetail;
  onOutcome: (o: EditOutcome | null) => void;
}) {
  const t = useT();
  const { form, applied, setFieldApplied, scope, setScope, pending, onSubmit } = useOccurrenceEdit(
    { ...target, meeting },
    onOutcome,
  );
  return (
    <form onSubmit={(e) => void onSubmit(e)} className="space-y-4" noValidate>
      <ChangeableFields
        form={form}
        maxMembers={target.maxMembers}
        seatsEnabled={meeting.settings.seats.enabled}
        idPrefix="series-edit"
        frame={(field, label, control) => (
          <AppliedField
            id={`series-edit-apply-${field.replace(".", "-")}`}
            label={label}
            applied={applied.has(field)}
            onApplied={(on) => setFieldApplied(field, on)}
          >
            {control}
          </AppliedField>
        )}
      />
      <div className="grid gap-3 sm:grid-cols-[1fr_auto] sm:items-end">
        <ScopeSelect id="series-edit-scope" scopes={SERIES_SCOPES} value={scope} onChange={setScope} />
        <Button type="submit" disabled={pending} aria-busy={pending || undefined}>
          {pending ? t("series.working") : t("series.save")}
        </Button>
      </div>
    </form>
  );
}

/**
 * The chosen occurrence's name and settings, to change for it, it and the following ones, or all; the form
 * starts from what that occurrence's room has now.
 */
export function OccurrenceEdit({ target, roomId }: { target: EditTarget; roomId: string }) {
  const t = useT();
  const detail = useQuery(meetingDetailOptions(roomId));
  const [outcome, setOutcome] = useState<EditOutcome | null>(null);
  return (
    <section aria-labelledby="occurrence-edit" className="space-y-3">
      <h3 id="occurrence-edit" className="text-base font-semibold">
        {t("series.editTitle")}
      </h3>
      <p className="text-sm text-slate-500">{t("series.editDescription")}</p>
      {detail.isPending ? <p className="text-sm text-slate-500">{t("series.loadingSettings")}</p> : null}
      {detail.isError ? <Alert tone="error">{t("series.settingsUnavailable")}</Alert> : null}
      {detail.data ? (
        // Keyed by sequence: once the room's new values are read back, the form starts from them.
        <EditForm key={detail.data.sequence} target={target} meeting={detail.data} onOutcome={setOutcome} />
      ) : null}
      <div aria-live="polite">
        {outcome?.ok ? (
          <Alert tone="info" role="status">
            {outcome.message}
          </Alert>
        ) : null}
        {outcome && !outcome.ok ? <FormAlert error={outcome.failure} /> : null}
      </div>
    </section>
  );
}
