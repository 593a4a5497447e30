"use client";

import { LoadMoreButton } from "@/components/ui/load-more-button";
import { useInfiniteQuery } from "@tanstack/react-query";
import Link from "next/link";
import { ActorName } from "@/components/ui/actor-name";
import { Alert } from "@/components/ui/alert";
import { CopyButton } from "@/components/ui/copy-button";
import type { SupportFilters } from "@/lib/support/filters";
import { supportSearchOptions } from "@/lib/queries/support";
import { ErrorCodeText } from "./error-code-cell";
import { LocalTime } from "./local-time";
import { OutcomeBadge } from "./outcome-badge";
import { useT } from "@/lib/i18n/use-t";
import { ScrollBox } from "@/components/ui/scroll-box";

const th = "px-3 py-2 text-left text-xs font-medium text-slate-600 uppercase";
const td = "px-3 py-2 align-top";

/** Newest first; "Load more" follows the keyset cursor. `back` returns the detail page to this view. */
export function ResultsTable({ filters, back }: { filters: SupportFilters; back: string }) {
  const t = useT();
  const query = useInfiniteQuery(supportSearchOptions(filters));
  if (query.isPending) return <p className="text-sm text-slate-600">{t("support.searching")}</p>;
  if (query.isError)
    return (
      <Alert tone="error" title={t("support.searchFailed")}>
        {t("support.searchFailedBody")}
      </Alert>
    );
  const items = query.data.pages.flatMap((p) => p.items);
  if (items.length === 0)
    return (
      <p className="rounded-xl border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-600">
        {t("support.noCalls")}
      </p>
    );

  const detailHref = (id: number) => `/support/${id}${back ? `?back=${encodeURIComponent(back)}` : ""}`;
  return (
    <div className="space-y-3">
      <ScrollBox label={t("support.results")} className="rounded-xl border border-slate-200 bg-white">
        <table className="w-full text-sm" aria-describedby="support-results-count">
          <caption id="support-results-count" className="px-3 py-2 text-left text-xs text-slate-600">
            {t(query.hasNextPage ? "support.captionMore" : "support.caption", { count: items.length })}
          </caption>
          <thead className="bg-slate-50">
            <tr>
              <th className={th}>{t("support.colTime")}</th>
              <th className={th}>{t("support.action")}</th>
              <th className={th}>{t("support.colRoomId")}</th>
              <th className={th}>{t("support.outcome")}</th>
              <th className={th}>ErrorCode</th>
              <th className={th}>RequestId</th>
              <th className={th}>{t("support.colUser")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {items.map((c) => (
              <tr key={c.id} data-testid="support-row" data-request-id={c.requestId ?? ""}>
                <td className={td}>
                  <LocalTime iso={c.occurredAt} />
                </td>
                <td className={td}>
                  {c.action}
                  {c.command ? <span className="block text-xs text-slate-600">{c.command}</span> : null}
                </td>
                <td className={`${td} font-mono text-xs`}>
                  {c.roomId ? (
                    <Link
                      href={`/meetings/${encodeURIComponent(c.roomId)}`}
                      className="text-sky-800 underline underline-offset-2"
                    >
                      {c.roomId}
                    </Link>
                  ) : (
                    "—"
                  )}
                </td>
                <td className={td}>
                  <OutcomeBadge outcome={c.outcome} />
                </td>
                <td className={td}>
                  <ErrorCodeText code={c.errorCode} />
                </td>
                <td className={`${td} font-mono text-xs whitespace-nowrap`}>
                  <span className="inline-flex items-center gap-2">
                    <Link href={detailHref(c.id)} className="text-sky-800 underline underline-offset-2">
                      {c.requestId ?? t("support.callNoRequestId", { id: c.id })}
                    </Link>
                    {c.requestId ? (
                      <CopyButton
                        text={c.requestId}
                        label={t("auditView.copyRequestId", { requestId: c.requestId })}
                      />
                    ) : null}
                  </span>
                </td>
                <td className={td}>
                  <ActorName actor={c.actor} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      <LoadMoreButton query={query} />
    </div>
  );
}
