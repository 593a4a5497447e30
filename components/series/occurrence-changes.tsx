"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/styles";
import { cancelOccurrencesAction, renameSeriesAction } from "@/lib/actions/series/actions";
import type { ActionResult } from "@/lib/actions/result";
import { useT } from "@/lib/i18n/use-t";
import { inScope, SERIES_SCOPES, type SeriesScope } from "@/lib/schemas/series-ops";
import type { OccurrenceView, SeriesView } from "@/lib/series/types";
import { seriesOptions } from "@/lib/queries/series";
import { RescheduleOccurrenceDialog } from "./reschedule-occurrence-dialog";

type Outcome = { ok: boolean; message: string } | null;

function ScopeSelect({
  id,
  scopes,
  value,
  onChange,
}: {
  id: string;
  scopes: readonly SeriesScope[];
  value: SeriesScope;
  onChange: (scope: SeriesScope) => void;
}) {
  const t = useT();
  return (
    <label className="block text-sm font-medium text-slate-800" htmlFor={id}>
      {t("series.scope")}
      <select
        id={id}
        className={controlClass}
        value={value}
        onChange={(e) => onChange(e.target.value as SeriesScope)}
      >
        {scopes.map((s) => (
          <option key={s} value={s}>
            {t(`series.scopeName.${s}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Rename or cancel the chosen occurrence, it and the following ones, or all of them. */
export function OccurrenceChanges({
  series,
  occurrence,
}: {
  series: SeriesView;
  occurrence: OccurrenceView;
}) {
  const t = useT();
  const queryClient = useQueryClient();
  const [name, setName] = useState(occurrence.name);
  const [renameScope, setRenameScope] = useState<SeriesScope>("one");
  const [cancelScope, setCancelScope] = useState<SeriesScope>("one");
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const ref = { seriesId: series.seriesId, index: occurrence.index };
  const toCancel = series.occurrences.filter(
    (o) => o.state === "scheduled" && inScope(cancelScope, occurrence.index, o.index),
  ).length;

  async function run(call: () => Promise<ActionResult<{ message: string }>>) {
    setPending(true);
    try {
      const result = await call();
      const message = result.ok
        ? result.message
        : (Object.values(result.fieldErrors ?? {})[0]?.[0] ??
          result.error?.message ??
          t("scheduleForm.refused"));
      setOutcome({ ok: result.ok, message });
    } catch {
      setOutcome({ ok: false, message: t("scheduleForm.lostAnswer") });
    } finally {
      setPending(false);
      setConfirming(false);
      void queryClient.invalidateQueries({ queryKey: seriesOptions(series.seriesId).queryKey });
    }
  }

  function rename(e: FormEvent) {
    e.preventDefault();
    void run(() => renameSeriesAction({ ...ref, scope: renameScope, roomName: name }));
  }

  const date = series.occurrences.find((o) => o.index === occurrence.index)?.date ?? "";
  return (
    <section
      aria-labelledby="occurrence-changes"
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-6"
    >
      <h2 id="occurrence-changes" className="text-lg font-semibold">
        {t("series.changeHeading", { index: occurrence.index + 1, date })}
      </h2>
      <RescheduleOccurrenceDialog key={occurrence.roomId} series={series} occurrence={occurrence} />
      <form onSubmit={rename} className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
        <label className="block text-sm font-medium text-slate-800" htmlFor="series-new-name">
          {t("series.newName")}
          <input
            id="series-new-name"
            className={controlClass}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <ScopeSelect
          id="series-rename-scope"
          scopes={SERIES_SCOPES}
          value={renameScope}
          onChange={setRenameScope}
        />
        <Button type="submit" disabled={pending}>
          {t("series.rename")}
        </Button>
      </form>
      <div className="grid gap-3 sm:grid-cols-[1fr_auto] sm:items-end">
        <ScopeSelect
          id="series-cancel-scope"
          scopes={["one", "following"]}
          value={cancelScope}
          onChange={setCancelScope}
        />
        {confirming ? (
          <div className="flex gap-2">
            <Button
              disabled={pending}
              onClick={() =>
                void run(() => cancelOccurrencesAction({ ...ref, scope: cancelScope as "one" | "following" }))
              }
            >
              {t("series.confirmCancel", { count: toCancel })}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {t("series.keep")}
            </Button>
          </div>
        ) : (
          <Button variant="secondary" disabled={pending} onClick={() => setConfirming(true)}>
            {t("series.cancelMeetings")}
          </Button>
        )}
      </div>
      <div aria-live="polite">
        {pending ? <p className="text-sm text-slate-500">{t("series.working")}</p> : null}
        {outcome ? (
          <Alert tone={outcome.ok ? "info" : "error"} role={outcome.ok ? "status" : "alert"}>
            {outcome.message}
          </Alert>
        ) : null}
      </div>
    </section>
  );
}
