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

export function CallDetailView({ id, back }: { id: number; back: string }) {
  const query = useQuery(supportCallOptions(id));
  const backHref = back ? `/support?${back}` : "/support";
  return (
    <div className="space-y-6">
      <Link href={backHref} className="text-sm text-slate-700 underline underline-offset-2">
        ← Back to results
      </Link>
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Call #{id}</h1>
      {query.isPending ? <p className="text-sm text-slate-600">Loading…</p> : null}
      {query.isError ? (
        <Alert tone="error" title="This call could not be loaded.">
          It may not exist; go back to the results and try again.
        </Alert>
      ) : null}
      {query.data ? (
        <>
          <TicketCopyButton text={ticketText(query.data.call, query.data.app)} />
          <ErrorAdvice code={query.data.call.errorCode} />
          <CallFacts call={query.data.call} />
          <div className="grid gap-4 lg:grid-cols-2">
            <JsonPanel id="request-body" title="Request JSON" body={query.data.requestBody} />
            <JsonPanel id="response-body" title="Response JSON" body={query.data.responseBody} />
          </div>
          <CallList
            id="attempts"
            title="Attempts of this intent"
            empty="No other attempts."
            calls={query.data.attempts}
            currentId={id}
          />
          <CallList
            id="room-timeline"
            title={`Other calls for room ${query.data.call.roomId ?? ""}`.trim()}
            empty="No other calls for this room."
            calls={query.data.roomCalls}
            currentId={id}
          />
        </>
      ) : null}
    </div>
  );
}
