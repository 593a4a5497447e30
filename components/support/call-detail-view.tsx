"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { supportCallOptions } from "@/lib/queries/support";
import { ticketText } from "@/lib/support/ticket-text";
import { CallFacts } from "./call-facts";
import { CallList } from "./call-list";
import { ErrorAdvice } from "./error-advice";
import { JsonPanel } from "./json-panel";
import { TicketCopyButton } from "./ticket-copy-button";
import { useT } from "@/lib/i18n/use-t";

export function CallDetailView({ id, back }: { id: number; back: string }) {
  const t = useT();
  const query = useQuery(supportCallOptions(id));
  const backHref = back ? `/support?${back}` : "/support";
  return (
    <div className="space-y-6">
      <Link href={backHref} className="text-sm text-slate-700 underline underline-offset-2">
        {t("support.backToResults")}
      </Link>
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900">
        {t("support.callTitle", { id })}
      </h1>
      {query.isPending ? <p className="text-sm text-slate-600">{t("support.loading")}</p> : null}
      {query.isError ? (
        <Alert tone="error" title={t("support.callFailed")}>
          {t("support.callFailedBody")}
        </Alert>
      ) : null}
      {query.data ? (
        <>
          <TicketCopyButton text={ticketText(query.data.call, query.data.app)} />
          <ErrorAdvice code={query.data.call.errorCode} />
          <CallFacts call={query.data.call} />
          <div className="grid gap-4 lg:grid-cols-2">
            <JsonPanel id="request-body" title={t("support.requestJson")} body={query.data.requestBody} />
            <JsonPanel id="response-body" title={t("support.responseJson")} body={query.data.responseBody} />
          </div>
          <CallList
            id="attempts"
            title={t("support.attempts")}
            empty={t("support.noAttempts")}
            calls={query.data.attempts}
            currentId={id}
          />
          <CallList
            id="room-timeline"
            title={
              query.data.call.roomId
                ? t("support.roomCalls", { roomId: query.data.call.roomId })
                : t("support.roomCallsNoRoom")
            }
            empty={t("support.noRoomCalls")}
            calls={query.data.roomCalls}
            currentId={id}
          />
        </>
      ) : null}
    </div>
  );
}
