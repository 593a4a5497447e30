import Link from "next/link";
import type { SupportCall } from "@/lib/support/types";
import { formatLocalInstant } from "@/lib/time";
import { useT, useViewerLocale } from "@/lib/i18n/use-t";
import { EmptyLine } from "./home-section";

/**
 * Failed and unanswered calls, each linking by its RequestId to the call detail support quotes in a Tencent
 * ticket. An unanswered call says so in words, not only in colour: it may have been carried out.
 */
export function HomeFailures({ failures, zone }: { failures: SupportCall[]; zone: string }) {
  const t = useT();
  const locale = useViewerLocale();
  if (failures.length === 0) return <EmptyLine>{t("home.failuresEmpty")}</EmptyLine>;
  return (
    <ul className="divide-y divide-slate-100">
      {failures.map((c) => (
        <li key={c.id} className="space-y-0.5 px-4 py-2.5 text-sm">
          <p className="flex flex-wrap items-baseline gap-x-3">
            <span className="text-slate-500 tabular-nums">
              {formatLocalInstant(c.occurredAt, zone, locale)}
            </span>
            <span className="font-mono text-xs text-slate-700">{c.command ?? c.action}</span>
            {c.outcome === "unknown" ? (
              <span className="rounded-full bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-900 ring-1 ring-amber-600/30 ring-inset">
                {t("home.noAnswer")}
              </span>
            ) : null}
            {c.errorCode !== null ? (
              <span className="font-medium text-red-800">{t("home.errorCode", { code: c.errorCode })}</span>
            ) : null}
            {c.roomId ? (
              <Link
                href={`/meetings/${encodeURIComponent(c.roomId)}`}
                className="text-slate-700 hover:underline"
              >
                {t("home.room", { roomId: c.roomId })}
              </Link>
            ) : null}
          </p>
          {c.errorInfo ? <p className="truncate text-slate-600">{c.errorInfo}</p> : null}
          <Link
            href={`/support/${c.id}`}
            aria-label={c.requestId ? t("home.openCall", { requestId: c.requestId }) : undefined}
            className="block truncate font-mono text-xs text-sky-800 hover:underline"
          >
            {c.requestId ?? t("home.noRequestId")}
          </Link>
        </li>
      ))}
    </ul>
  );
}
