import Link from "next/link";
import type { ReactNode } from "react";
import { ActorName } from "@/components/ui/actor-name";
import type { SupportCall } from "@/lib/support/types";
import { ErrorCodeText } from "./error-code-cell";
import { formatLocal, formatUtc, useViewerZone } from "./local-time";
import { OutcomeBadge } from "./outcome-badge";
import { useT, useViewerLocale } from "@/lib/i18n/use-t";

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="py-2 sm:grid sm:grid-cols-3 sm:gap-4">
      <dt className="text-sm font-medium text-slate-600">{term}</dt>
      <dd className="mt-1 text-sm text-slate-900 sm:col-span-2 sm:mt-0">{children}</dd>
    </div>
  );
}

/** Who, when, what and how it went, for one audited call. */
export function CallFacts({ call }: { call: SupportCall }) {
  const t = useT();
  const locale = useViewerLocale();
  const zone = useViewerZone();
  return (
    <dl className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white px-4">
      <Fact term="RequestId">
        <span className="font-mono break-all" data-testid="detail-request-id">
          {call.requestId ?? t("support.noAnswer")}
        </span>
      </Fact>
      <Fact term={t("support.whenUtc")}>
        <time dateTime={call.occurredAt}>{formatUtc(call.occurredAt)}</time>
      </Fact>
      <Fact term={t("support.whenLocal")}>{zone ? formatLocal(call.occurredAt, zone, locale) : "…"}</Fact>
      <Fact term={t("support.who")}>
        <ActorName actor={call.actor} /> <span className="text-slate-600">({call.actorRole})</span>
        <details className="mt-1 text-xs text-slate-600">
          <summary className="cursor-pointer">{t("auditView.showAccountId")}</summary>
          <span className="font-mono">{call.actorId}</span>
        </details>
      </Fact>
      <Fact term={t("support.action")}>
        {call.action}
        {call.command ? <span className="text-slate-600"> · {call.command}</span> : null}
      </Fact>
      <Fact term="RoomId">
        {call.roomId ? (
          <Link
            href={`/meetings/${encodeURIComponent(call.roomId)}`}
            className="font-mono text-sky-800 underline underline-offset-2"
          >
            {call.roomId}
          </Link>
        ) : (
          <span className="font-mono">—</span>
        )}
      </Fact>
      <Fact term={t("support.outcome")}>
        <OutcomeBadge outcome={call.outcome} />
      </Fact>
      <Fact term="ErrorCode">
        <ErrorCodeText code={call.errorCode} />
        {call.errorInfo ? (
          <span className="block text-xs text-slate-600">ErrorInfo: {call.errorInfo}</span>
        ) : null}
      </Fact>
      <Fact term={t("support.latency")}>
        {call.latencyMs === null ? "—" : t("support.latencyMs", { ms: call.latencyMs })}
      </Fact>
      <Fact term={t("support.httpStatus")}>{call.httpStatus ?? t("support.noResponse")}</Fact>
      <Fact term={t("support.attempt")}>
        {call.attempt === null
          ? "—"
          : call.intentId
            ? t("support.attemptOf", { attempt: call.attempt, intentId: call.intentId })
            : call.attempt}
      </Fact>
    </dl>
  );
}
