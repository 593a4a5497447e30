"use client";

import type { DryRunRow } from "@/lib/bulk/dry-run-types";
import { formatInZone } from "@/lib/time/format";
import { useT, useViewerLocale } from "@/lib/i18n/use-t";

const SHOWN = 10;

/** The first meetings the job would schedule, as the form's confirmation would name them. */
export function ReadyPreview({ rows }: { rows: readonly DryRunRow[] }) {
  const t = useT();
  const locale = useViewerLocale();
  const ready = rows.filter((r) => r.values !== null);
  if (ready.length === 0) return null;
  return (
    <section aria-labelledby="bulk-preview" className="space-y-2">
      <h2 id="bulk-preview" className="text-base font-semibold text-slate-900">
        {t("bulk.previewTitle")}
      </h2>
      <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white text-sm">
        {ready.slice(0, SHOWN).map((r) => (
          <li key={r.row} className="flex flex-wrap gap-x-4 px-3 py-2">
            <span className="w-10 text-slate-500 tabular-nums">{r.row}</span>
            <span className="font-medium text-slate-900">{r.roomName || r.roomId}</span>
            <span className="font-mono text-xs text-slate-500">{r.roomId}</span>
            {r.start !== null ? (
              <span className="text-slate-700">{formatInZone(r.start, r.timeZone, locale)}</span>
            ) : null}
          </li>
        ))}
      </ul>
      {ready.length > SHOWN ? (
        <p className="text-sm text-slate-500">{t("bulk.previewMore", { count: ready.length - SHOWN })}</p>
      ) : null}
    </section>
  );
}
