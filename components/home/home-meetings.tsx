import Link from "next/link";
import { MeetingPhaseBadge } from "@/components/meetings/meeting-phase-badge";
import { wallTime } from "@/components/meetings/time-text";
import { formatDay } from "@/lib/time";
import { epochToWallTime } from "@/lib/time";
import type { MeetingSummary } from "@/lib/meetings/types";
import { useViewerLocale } from "@/lib/i18n/use-t";
import { EmptyLine } from "./home-section";

/** Meetings as rows: the time in the viewer's zone (with the day when the list spans several), the name as a link. */
export function HomeMeetings({
  meetings,
  zone,
  withDay = false,
  empty,
}: {
  meetings: MeetingSummary[];
  zone: string;
  withDay?: boolean;
  empty: string;
}) {
  const locale = useViewerLocale();
  if (meetings.length === 0) return <EmptyLine>{empty}</EmptyLine>;
  return (
    <ul className="divide-y divide-slate-100">
      {meetings.map((m) => (
        <li key={m.roomId} className="flex items-center gap-4 px-4 py-2.5">
          <span className="w-28 shrink-0 text-sm text-slate-700 tabular-nums sm:w-36">
            {withDay ? (
              <span className="block text-xs text-slate-500">
                {formatDay(epochToWallTime(m.start, zone).date, locale)}
              </span>
            ) : null}
            {wallTime(m.start, zone)}–{wallTime(m.end, zone)}
          </span>
          <span className="min-w-0 flex-1">
            <Link
              href={`/meetings/${encodeURIComponent(m.roomId)}`}
              className="block truncate font-medium text-slate-900 hover:underline"
            >
              {m.roomName}
            </Link>
            <span className="block truncate font-mono text-xs text-slate-500">{m.roomId}</span>
          </span>
          <MeetingPhaseBadge phase={m.phase} />
        </li>
      ))}
    </ul>
  );
}
