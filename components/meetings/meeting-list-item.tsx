import Link from "next/link";
import type { MeetingSummary } from "@/lib/meetings/types";
import { MeetingPhaseBadge } from "./meeting-phase-badge";
import { wallTime } from "./time-text";

export function MeetingListItem({ meeting: m, viewerZone }: { meeting: MeetingSummary; viewerZone: string }) {
  const inOtherZone = m.timeZone !== viewerZone;
  return (
    <li className="flex flex-wrap items-center gap-x-6 gap-y-1 px-4 py-3">
      <div className="w-28 shrink-0 text-sm tabular-nums text-slate-700">
        {wallTime(m.start, viewerZone)}–{wallTime(m.end, viewerZone)}
        {inOtherZone ? (
          <span className="block text-xs text-slate-500">
            {wallTime(m.start, m.timeZone)} {m.timeZone}
          </span>
        ) : null}
      </div>
      <div className="min-w-0 flex-1">
        <Link
          href={`/meetings/${encodeURIComponent(m.roomId)}`}
          className="font-medium text-slate-900 hover:underline"
        >
          {m.roomName}
        </Link>
        <p className="truncate text-xs text-slate-500">
          <span className="font-mono">{m.roomId}</span>
          {m.owner ? ` · owner ${m.owner}` : ""}
          {m.invitees.length > 0 ? ` · invitees: ${m.invitees.join(", ")}` : ""}
          {m.source === "imported" ? " · imported" : ""}
        </p>
      </div>
      <MeetingPhaseBadge phase={m.phase} />
    </li>
  );
}
