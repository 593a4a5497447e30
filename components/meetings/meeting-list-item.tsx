import Link from "next/link";
import type { MeetingSummary } from "@/lib/meetings/types";
import { MeetingPhaseBadge } from "./meeting-phase-badge";
import { meetingNameId, MeetingRowActions } from "./meeting-row-actions";
import { formatClock } from "@/lib/time";
import { meetingClocks } from "./time-text";
import { useT, useViewerLocale } from "@/lib/i18n/use-t";

export function MeetingListItem({
  meeting: m,
  viewerZone,
  canManage = false,
}: {
  meeting: MeetingSummary;
  viewerZone: string;
  canManage?: boolean;
}) {
  const t = useT();
  const locale = useViewerLocale();
  const inOtherZone = m.timeZone !== viewerZone;
  return (
    <li className="flex flex-wrap items-center gap-x-6 gap-y-1 px-4 py-3">
      <div className="w-28 shrink-0 text-sm tabular-nums text-slate-700">
        {meetingClocks(t, m.start, m.end, viewerZone, locale)}
        {inOtherZone ? (
          <span className="block text-xs text-slate-500">
            {formatClock(m.start, m.timeZone, locale)} {m.timeZone}
          </span>
        ) : null}
      </div>
      <div className="min-w-0 flex-1">
        <Link
          id={meetingNameId(m.roomId)}
          href={`/meetings/${encodeURIComponent(m.roomId)}`}
          className="font-medium text-slate-900 hover:underline"
        >
          {m.roomName}
        </Link>
        <p className="truncate text-xs text-slate-500">
          <span className="font-mono">{m.roomId}</span>
          {m.owner ? t("meetings.ownerPart", { owner: m.owner }) : ""}
          {m.invitees.length > 0 ? t("meetings.inviteesPart", { ids: m.invitees.join(", ") }) : ""}
          {m.source === "imported" ? t("meetings.importedPart") : ""}
        </p>
      </div>
      <MeetingPhaseBadge phase={m.phase} />
      <MeetingRowActions meeting={m} canManage={canManage} />
    </li>
  );
}
