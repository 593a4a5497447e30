"use client";

import Link from "next/link";
import { useEffect, useRef, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { cx } from "@/components/ui/cx";
import { focusRing } from "@/components/ui/styles";
import { formatInZone } from "@/lib/time";
import { useT, useViewerLocale } from "@/lib/i18n/use-t";
import type { ScheduledMeeting } from "@/lib/meetings/types";
import { invitationText } from "@/components/meetings/invitation-text";

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 py-3 sm:grid-cols-[10rem_1fr] sm:gap-4">
      <dt className="text-sm text-slate-500">{label}</dt>
      <dd className="text-sm font-medium text-slate-900">{children}</dd>
    </div>
  );
}

function CopyableCode({ value, testId, copyLabel }: { value: string; testId: string; copyLabel: string }) {
  return (
    <span className="flex flex-wrap items-center gap-3">
      <code data-testid={testId} className="rounded bg-slate-100 px-2 py-1 font-mono text-sm select-all">
        {value}
      </code>
      <CopyButton text={value} label={copyLabel} />
    </span>
  );
}

interface ConfirmationPanelProps {
  meeting: ScheduledMeeting;
  /** As sent: the form keeps its values until "Schedule another". */
  invitees: readonly string[];
  viewerZone: string | null;
  onScheduleAnother(): void;
}

export function ConfirmationPanel({
  meeting,
  invitees,
  viewerZone,
  onScheduleAnother,
}: ConfirmationPanelProps) {
  const t = useT();
  const locale = useViewerLocale();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Moving focus announces the outcome and puts keyboard users at the top of the result.
  useEffect(() => headingRef.current?.focus(), []);
  const { start, end, timeZone } = meeting;

  return (
    <section
      aria-labelledby="confirmation-heading"
      className="rounded-xl border border-emerald-200 bg-white p-6 shadow-sm"
    >
      <div className="flex items-center gap-3">
        <span
          aria-hidden="true"
          className="flex h-8 w-8 items-center justify-center rounded-full bg-emerald-100 text-emerald-700"
        >
          ✓
        </span>
        <h2
          id="confirmation-heading"
          ref={headingRef}
          tabIndex={-1}
          className="text-xl font-semibold focus:outline-none"
        >
          {t("scheduleForm.scheduled")}
        </h2>
      </div>
      <dl className="mt-4 divide-y divide-slate-100">
        <Row label={t("scheduleForm.name")}>{meeting.roomName}</Row>
        <Row label={t("scheduleForm.timeIn", { zone: timeZone })}>
          {formatInZone(start, timeZone, locale)} – {formatInZone(end, timeZone, locale)}
        </Row>
        {viewerZone ? (
          <Row label={t("scheduleForm.yourTimeIn", { zone: viewerZone })}>
            {formatInZone(start, viewerZone, locale)} – {formatInZone(end, viewerZone, locale)}
          </Row>
        ) : null}
        <Row label={t("scheduleLayout.invitees")}>
          {invitees.length > 0 ? (
            <ul aria-label={t("scheduleLayout.invitees")} className="flex flex-wrap gap-1.5">
              {invitees.map((id) => (
                <li
                  key={id}
                  className="rounded-full bg-slate-100 px-2 py-0.5 font-mono text-xs text-slate-800"
                >
                  {id}
                </li>
              ))}
            </ul>
          ) : (
            <span className="font-normal text-slate-500">{t("scheduleLayout.noInvitees")}</span>
          )}
        </Row>
        <Row label={t("field.roomId")}>
          <CopyableCode
            value={meeting.roomId}
            testId="confirmation-room-id"
            copyLabel={t("scheduleForm.copyRoomId")}
          />
        </Row>
        <Row label="RequestId">
          <CopyableCode
            value={meeting.requestId}
            testId="confirmation-request-id"
            copyLabel={t("scheduleForm.copyRequestId")}
          />
        </Row>
      </dl>
      {meeting.verified ? <p className="mt-2 text-sm text-slate-700">{t("scheduleForm.verified")}</p> : null}
      <p className="mt-2 text-xs text-slate-500">{t("scheduleForm.quoteRequestId")}</p>
      <div className="mt-6 flex flex-wrap items-center gap-3">
        <Button onClick={onScheduleAnother}>{t("scheduleForm.scheduleAnother")}</Button>
        <CopyButton
          text={invitationText(t, meeting, locale)}
          label={t("scheduleLayout.copyInvitation")}
          showLabel
        />
        <a
          href={`/api/meetings/${encodeURIComponent(meeting.roomId)}/ics`}
          download
          className={cx(
            "rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100",
            focusRing,
          )}
        >
          {t("scheduleLayout.downloadIcs")}
        </a>
        <Link
          href={`/meetings/${encodeURIComponent(meeting.roomId)}`}
          className={cx(
            "rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100",
            focusRing,
          )}
        >
          {t("scheduleForm.viewMeeting")}
        </Link>
      </div>
    </section>
  );
}
