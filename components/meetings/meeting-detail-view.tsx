"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { CopyButton } from "@/components/ui/copy-button";
import { isNotFound } from "@/lib/queries/http";
import { meetingDetailOptions } from "@/lib/queries/meetings";
import { roomActivityOptions } from "@/lib/queries/room-events";
import { AttendanceSection } from "@/components/room-events/attendance-section";
import { LifecycleAlert } from "@/components/room-events/lifecycle-alert";
import { SeatHistory } from "@/components/room-events/seat-history";
import { AuditTimeline } from "./audit-timeline";
import { CancelMeetingDialog } from "./cancel-meeting-dialog";
import { invitationText } from "./invitation-text";
import { LiveStatus } from "./live-status";
import { MeetingFacts } from "./meeting-facts";
import { MeetingNotFound } from "./meeting-not-found";
import { MeetingPhaseBadge } from "./meeting-phase-badge";
import { MeetingTimes } from "./meeting-times";
import { RescheduleDialog } from "./reschedule-dialog";
import { useViewerZone } from "./use-viewer-zone";
import { RoomTabs } from "@/components/people/room-tabs";
import { cancelNote } from "@/lib/i18n/meeting-notes";
import { formatIsoInZone } from "@/lib/time";
import { useT, useViewerLocale } from "@/lib/i18n/use-t";

const linkButton =
  "inline-flex items-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 shadow-sm hover:bg-slate-50";

export function MeetingDetailView({ roomId, canManage }: { roomId: string; canManage: boolean }) {
  const t = useT();
  const locale = useViewerLocale();
  const detail = useQuery(meetingDetailOptions(roomId));
  const activity = useQuery(roomActivityOptions(roomId));
  const zone = useViewerZone();
  const heading = useRef<HTMLHeadingElement>(null);
  if (detail.isPending) return <p className="text-sm text-slate-500">{t("meetings.loadingMeeting")}</p>;
  if (detail.isError && isNotFound(detail.error))
    return <MeetingNotFound roomId={roomId} canImport={canManage} />;
  if (detail.isError)
    return (
      <Alert tone="error" title={t("meetings.couldNotLoad")}>
        {t("meetings.notInIndex")} <Link href="/meetings">{t("meetings.backToMeetings")}</Link>
      </Alert>
    );

  const m = detail.data;
  const cancelled = m.phase === "cancelled";
  return (
    <div className="space-y-6">
      <header className="space-y-3">
        <Link href="/meetings" className="text-sm text-slate-500 hover:underline">
          {t("meetings.meetingsLink")}
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          <h1
            ref={heading}
            tabIndex={-1}
            className="text-2xl font-semibold tracking-tight text-slate-900 focus:outline-none"
          >
            {m.roomName}
          </h1>
          <MeetingPhaseBadge phase={m.phase} />
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <a href={`/api/meetings/${encodeURIComponent(m.roomId)}/ics`} download className={linkButton}>
            {t("meetings.downloadIcs")}
          </a>
          <span className="inline-flex items-center gap-2 text-sm">
            {t("meetings.invitation")}{" "}
            <CopyButton text={invitationText(t, m, locale)} label={t("meetings.copyInvitation")} />
          </span>
          {canManage && !cancelled ? (
            <>
              <Link href={`/meetings/${encodeURIComponent(m.roomId)}/edit`} className={linkButton}>
                {t("meetings.editMeeting")}
              </Link>
              {m.phase === "live" ? null : <RescheduleDialog meeting={m} />}
              <CancelMeetingDialog
                roomId={m.roomId}
                roomName={m.roomName}
                onCancelled={() => heading.current?.focus()}
              />
            </>
          ) : null}
          {canManage ? (
            <Link href={`/schedule?from=${encodeURIComponent(m.roomId)}`} className={linkButton}>
              {t("reschedule.duplicate")}
            </Link>
          ) : null}
        </div>
      </header>
      {cancelled ? (
        <Alert
          tone="warning"
          role="status"
          title={
            m.cancelledAt
              ? t("meetings.cancelledAt", { at: formatIsoInZone(m.cancelledAt, m.timeZone, locale) })
              : t("meetings.cancelled")
          }
        >
          {cancelNote(t, m.cancelNote) ?? t("meetings.destroyed")}
        </Alert>
      ) : null}
      {activity.data && !cancelled ? <LifecycleAlert lifecycle={activity.data.lifecycle} /> : null}
      <MeetingTimes meeting={m} viewerZone={zone} />
      {cancelled ? null : <LiveStatus roomId={m.roomId} />}
      {cancelled ? null : (
        <RoomTabs
          roomId={m.roomId}
          canManage={canManage}
          hasSeats={m.settings.seats.enabled}
          viewerZone={zone}
        />
      )}
      <MeetingFacts meeting={m} />
      <AttendanceSection roomId={m.roomId} rows={activity.data?.attendance ?? []} />
      <SeatHistory changes={activity.data?.seatHistory ?? []} />
      <AuditTimeline entries={m.timeline} events={activity.data?.events ?? []} />
    </div>
  );
}
