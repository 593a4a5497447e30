"use client";

import type { BulkRowView } from "@/lib/bulk/job-types";
import { useT } from "@/lib/i18n/use-t";
import { ScrollBox } from "@/components/ui/scroll-box";

const STATE_TONE: Record<BulkRowView["state"], string> = {
  queued: "text-slate-500",
  running: "text-sky-700",
  scheduled: "text-emerald-700",
  failed: "text-red-700",
  conflict: "text-red-700",
  unconfirmed: "text-amber-700",
  cancelled: "text-slate-500",
};

/** Each row's outcome: the rows that need a look first, with Tencent's RequestId and what happened in words. */
export function JobRowsTable({ rows, omitted }: { rows: BulkRowView[]; omitted: number }) {
  const t = useT();
  return (
    <div>
      <ScrollBox label={t("bulkJobs.rowsHeading")}>
        <table className="min-w-full text-left text-sm">
          <caption className="sr-only">{t("bulkJobs.rowsHeading")}</caption>
          <thead className="border-b border-slate-200 text-xs text-slate-500">
            <tr>
              <th scope="col" className="py-2 pr-4">
                {t("bulkJobs.colRow")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("bulkJobs.colRoomId")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("bulkJobs.colRoomName")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("bulkJobs.colStatus")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("bulkJobs.colRequestId")}
              </th>
              <th scope="col" className="py-2">
                {t("bulkJobs.colError")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.row} className="border-b border-slate-100 align-top">
                <td className="py-2 pr-4 tabular-nums">{r.row}</td>
                <td className="py-2 pr-4 font-mono text-xs">{r.roomId}</td>
                <td className="py-2 pr-4">{r.roomName}</td>
                <td className={`py-2 pr-4 ${STATE_TONE[r.state]}`}>{t(`bulkJobs.rowState.${r.state}`)}</td>
                <td className="py-2 pr-4 font-mono text-xs">{r.requestId ?? ""}</td>
                <td className="py-2 text-slate-700">{r.error ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      {omitted > 0 ? (
        <p className="mt-2 text-sm text-slate-500">{t("bulkJobs.rowsOmitted", { count: omitted })}</p>
      ) : null}
    </div>
  );
}
