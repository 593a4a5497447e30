import { cx } from "@/components/ui/cx";
import type { AuditEntryView } from "@/lib/meetings/types";
import { useT } from "@/lib/i18n/use-t";

const OUTCOME_STYLES: Record<AuditEntryView["outcome"], string> = {
  ok: "text-emerald-800",
  failed: "text-red-800",
  unknown: "text-amber-800",
  refused: "text-red-800",
  pending: "text-sky-800",
  interrupted: "text-amber-800",
};

/** The room's audit rows, newest first, as support quotes them to Tencent. */
export function AuditTimeline({ entries }: { entries: AuditEntryView[] }) {
  const t = useT();
  return (
    <section aria-labelledby="timeline-heading" className="rounded-xl border border-slate-200 bg-white p-6">
      <h2 id="timeline-heading" className="text-base font-semibold text-slate-900">
        {t("meetings.auditTitle")}
      </h2>
      {entries.length === 0 ? (
        <p className="mt-3 text-sm text-slate-500">{t("meetings.noCalls")}</p>
      ) : (
        <div className="mt-3 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="text-xs text-slate-500 uppercase">
              <tr>
                <th className="py-2 pr-4 font-medium">{t("meetings.colTime")}</th>
                <th className="py-2 pr-4 font-medium">{t("meetings.colAction")}</th>
                <th className="py-2 pr-4 font-medium">{t("meetings.colOutcome")}</th>
                <th className="py-2 pr-4 font-medium">{t("meetings.colErrorCode")}</th>
                <th className="py-2 pr-4 font-medium">{t("meetings.colRequestId")}</th>
                <th className="py-2 font-medium">{t("meetings.colBy")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {entries.map((e) => (
                <tr key={e.id}>
                  <td className="py-2 pr-4 tabular-nums whitespace-nowrap">
                    {e.occurredAt.replace("T", " ").replace(/\.\d+Z$/, "")}
                  </td>
                  <td className="py-2 pr-4">
                    {e.action}
                    {e.command ? <span className="block text-xs text-slate-500">{e.command}</span> : null}
                  </td>
                  <td className={cx("py-2 pr-4 font-medium", OUTCOME_STYLES[e.outcome])}>{e.outcome}</td>
                  <td className="py-2 pr-4 tabular-nums" title={e.errorInfo ?? undefined}>
                    {e.errorCode ?? "—"}
                  </td>
                  <td className="py-2 pr-4 font-mono text-xs break-all">{e.requestId ?? "—"}</td>
                  <td className="py-2">{e.actorId}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
