"use client";

import { ROW_STATES, type BulkRowState } from "@/lib/bulk/job-types";
import { useT } from "@/lib/i18n/use-t";

/** How many rows stand where, every state named even at zero, so the numbers add up to the total. */
export function JobCounts({ counts }: { counts: Record<BulkRowState, number> }) {
  const t = useT();
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4 lg:grid-cols-7">
      {ROW_STATES.map((state) => (
        <div key={state} className="rounded-lg border border-slate-200 px-3 py-2">
          <dt className="text-xs text-slate-500">{t(`bulkJobs.rowState.${state}`)}</dt>
          <dd className="text-lg font-semibold tabular-nums" data-state={state}>
            {counts[state]}
          </dd>
        </div>
      ))}
    </dl>
  );
}
