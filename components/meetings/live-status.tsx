"use client";

import { useQuery } from "@tanstack/react-query";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { failureMessage } from "@/lib/i18n/describe-failure";
import { meetingLiveOptions } from "@/lib/queries/meetings";
import { useT } from "@/lib/i18n/use-t";

/** What Tencent says now (get_room_info): asked on demand, each ask is one audit row. */
export function LiveStatus({ roomId }: { roomId: string }) {
  const t = useT();
  const live = useQuery(meetingLiveOptions(roomId));
  return (
    <section aria-labelledby="live-heading" className="rounded-xl border border-slate-200 bg-white p-6">
      <div className="flex items-center justify-between gap-4">
        <h2 id="live-heading" className="text-base font-semibold text-slate-900">
          {t("meetings.liveTitle")}
        </h2>
        <Button variant="secondary" size="sm" disabled={live.isFetching} onClick={() => void live.refetch()}>
          {live.isFetching ? t("meetings.asking") : t("meetings.refresh")}
        </Button>
      </div>
      <div className="mt-3 text-sm" aria-live="polite">
        {live.isPending ? (
          <p className="text-slate-500">{t("meetings.askingTencent")}</p>
        ) : live.isError ? (
          <Alert tone="error">{t("meetings.couldNotAsk")}</Alert>
        ) : live.data.state === "found" ? (
          <dl className="grid gap-2 sm:grid-cols-[16rem_1fr]">
            <dt className="text-slate-500">{t("meetings.roomStatus")}</dt>
            <dd data-testid="live-room-status">{live.data.roomStatus ?? t("meetings.notReported")}</dd>
            <dt className="text-slate-500">{t("meetings.membersInRoom")}</dt>
            <dd>{live.data.memberCount ?? t("meetings.notReported")}</dd>
            <dt className="text-slate-500">{t("meetings.requestId")}</dt>
            <dd className="flex flex-wrap items-center gap-2 font-mono text-xs">
              {live.data.requestId}
              <CopyButton text={live.data.requestId} label={t("meetings.copyLiveRequestId")} />
            </dd>
          </dl>
        ) : (
          <Alert
            tone={live.data.state === "gone" ? "warning" : "error"}
            role="status"
            title={
              live.data.state === "gone"
                ? t("meetings.roomGone")
                : live.data.failure.kind === "upstream"
                  ? t("meetings.answeredWithError", { code: live.data.failure.code ?? 0 })
                  : t("meetings.didNotAnswer")
            }
          >
            {live.data.state === "gone"
              ? t("meeting.liveGone")
              : failureMessage(t, live.data.failure, { attempts: 1, stoppedBy: null })}
            {live.data.requestId ? t("meetings.requestIdSentence", { requestId: live.data.requestId }) : ""}
          </Alert>
        )}
      </div>
    </section>
  );
}
