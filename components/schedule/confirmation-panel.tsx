"use client";

import Link from "next/link";
import { useEffect, useRef, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { cx } from "@/components/ui/cx";
import { focusRing } from "@/components/ui/styles";
import { formatInZone } from "@/lib/time";
import type { ScheduledMeeting } from "@/lib/meetings/types";

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
  viewerZone: string | null;
  onScheduleAnother(): void;
}

export function ConfirmationPanel({ meeting, viewerZone, onScheduleAnother }: ConfirmationPanelProps) {
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
          Meeting scheduled
        </h2>
      </div>
      <dl className="mt-4 divide-y divide-slate-100">
        <Row label="Name">{meeting.roomName}</Row>
        <Row label={`Time (${timeZone})`}>
          {formatInZone(start, timeZone)} – {formatInZone(end, timeZone)}
        </Row>
        {viewerZone ? (
          <Row label={`Your time (${viewerZone})`}>
            {formatInZone(start, viewerZone)} – {formatInZone(end, viewerZone)}
          </Row>
        ) : null}
        <Row label="Room ID">
          <CopyableCode value={meeting.roomId} testId="confirmation-room-id" copyLabel="Copy Room ID" />
        </Row>
        <Row label="RequestId">
          <CopyableCode
            value={meeting.requestId}
            testId="confirmation-request-id"
            copyLabel="Copy RequestId"
          />
        </Row>
      </dl>
      {meeting.verified ? (
        <p className="mt-2 text-sm text-slate-700">
          Tencent&apos;s answer to the create was lost; Roomdesk asked Tencent and confirmed the room is this
          meeting. The RequestId is that check&apos;s.
        </p>
      ) : null}
      <p className="mt-2 text-xs text-slate-500">
        Quote the RequestId when asking support about this meeting.
      </p>
      <div className="mt-6 flex flex-wrap items-center gap-3">
        <Button onClick={onScheduleAnother}>Schedule another</Button>
        <Link
          href={`/meetings/${encodeURIComponent(meeting.roomId)}`}
          className={cx(
            "rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100",
            focusRing,
          )}
        >
          View meeting
        </Link>
      </div>
    </section>
  );
}
