"use client";

import { useQuery } from "@tanstack/react-query";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { failureMessage } from "@/lib/i18n/describe-failure";
import { translator } from "@/lib/i18n/translate";
import { meetingLiveOptions } from "@/lib/queries/meetings";

const t = translator();

/** What Tencent says now (get_room_info): asked on demand, each ask is one audit row. */
export function LiveStatus({ roomId }: { roomId: string }) {
  const live = useQuery(meetingLiveOptions(roomId));
  return (
    <section aria-labelledby="live-heading" className="rounded-xl border border-slate-200 bg-white p-6">
      <div className="flex items-center justify-between gap-4">
        <h2 id="live-heading" className="text-base font-semibold text-slate-900">
          Live from Tencent
        </h2>
        <Button variant="secondary" size="sm" disabled={live.isFetching} onClick={() => void live.refetch()}>
          {live.isFetching ? "Asking…" : "Refresh"}
        </Button>
      </div>
      <div className="mt-3 text-sm" aria-live="polite">
        {live.isPending ? (
          <p className="text-slate-500">Asking Tencent…</p>
        ) : live.isError ? (
          <Alert tone="error">Roomdesk could not ask Tencent. Try Refresh.</Alert>
        ) : live.data.state === "found" ? (
          <dl className="grid gap-2 sm:grid-cols-[16rem_1fr]">
            <dt className="text-slate-500">Room status</dt>
            <dd data-testid="live-room-status">{live.data.roomStatus ?? "not reported"}</dd>
            <dt className="text-slate-500">Members in the room</dt>
            <dd>{live.data.memberCount ?? "not reported"}</dd>
            <dt className="text-slate-500">RequestId</dt>
            <dd className="flex flex-wrap items-center gap-2 font-mono text-xs">
              {live.data.requestId}
              <CopyButton text={live.data.requestId} label="Copy get_room_info RequestId" />
            </dd>
          </dl>
        ) : (
          <Alert
            tone={live.data.state === "gone" ? "warning" : "error"}
            role="status"
            title={
              live.data.state === "gone"
                ? "The room is gone"
                : live.data.failure.kind === "upstream"
                  ? `Tencent answered with error ${live.data.failure.code}`
                  : "Tencent did not answer"
            }
          >
            {live.data.state === "gone"
              ? t("meeting.liveGone")
              : failureMessage(t, live.data.failure, { attempts: 1, stoppedBy: null })}
            {live.data.requestId ? ` RequestId ${live.data.requestId}.` : ""}
          </Alert>
        )}
      </div>
    </section>
  );
}
