"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { meetingDetailOptions } from "@/lib/queries/meetings";
import { EditMeetingForm } from "./edit-meeting-form";
import { FixedFields } from "./fixed-fields";
import { useT } from "@/lib/i18n/use-t";

export function EditMeetingView({ roomId, maxMembers }: { roomId: string; maxMembers: number }) {
  const t = useT();
  const detail = useQuery(meetingDetailOptions(roomId));
  const back = (
    <Link href={`/meetings/${encodeURIComponent(roomId)}`} className="text-sm text-slate-500 hover:underline">
      {t("meetings.backToMeeting")}
    </Link>
  );
  if (detail.isPending) return <p className="text-sm text-slate-500">{t("meetings.loadingMeeting")}</p>;
  if (detail.isError)
    return (
      <Alert tone="error" title={t("meetings.couldNotLoad")}>
        {back}
      </Alert>
    );
  const m = detail.data;
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        {back}
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">
          {t("meetings.editTitle", { name: m.roomName })}
        </h1>
      </header>
      {m.phase === "cancelled" ? (
        <Alert tone="warning" title={t("meetings.wasCancelled")}>
          {t("meetings.cannotChange")}
        </Alert>
      ) : (
        // Keyed by sequence so a change saved elsewhere resets the form to what is stored now.
        <EditMeetingForm key={m.sequence} meeting={m} maxMembers={maxMembers} />
      )}
      <FixedFields meeting={m} />
    </div>
  );
}
