"use client";

import { useQuery } from "@tanstack/react-query";
import { formatLocal, formatUtc, useViewerZone } from "@/components/support/local-time";
import { unscheduledRoomsOptions } from "@/lib/queries/room-events";
import { useT, useViewerLocale } from "@/lib/i18n/use-t";

/**
 * Rooms Tencent reported that Roomdesk did not schedule. Import is a full navigation to `?import=`, which
 * opens the import panel with the Room ID filled in.
 */
export function UnscheduledRooms({ canManage }: { canManage: boolean }) {
  const t = useT();
  const zone = useViewerZone();
  const locale = useViewerLocale();
  const query = useQuery(unscheduledRoomsOptions());
  const rooms = query.data?.rooms ?? [];
  if (rooms.length === 0) return null;
  return (
    <section
      aria-labelledby="unscheduled-heading"
      className="rounded-xl border border-amber-200 bg-amber-50/50 p-6"
    >
      <h2 id="unscheduled-heading" className="text-base font-semibold text-slate-900">
        {t("roomEvents.unscheduledTitle")}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{t("roomEvents.unscheduledIntro")}</p>
      <ul className="mt-3 divide-y divide-amber-100">
        {rooms.map((r) => (
          <li
            key={r.roomId}
            data-room-id={r.roomId}
            className="flex flex-wrap items-center justify-between gap-3 py-2"
          >
            <div className="text-sm">
              <span className="font-medium text-slate-900">{r.roomName}</span>{" "}
              <span className="font-mono text-xs text-slate-500">{r.roomId}</span>{" "}
              <span className="rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900">
                {t("roomEvents.unscheduledBadge")}
              </span>
              <span className="block text-slate-600">
                {t("roomEvents.unscheduledLine", {
                  owner: r.owner,
                  at: zone ? formatLocal(r.createdAt, zone, locale) : formatUtc(r.createdAt),
                })}
              </span>
            </div>
            {canManage ? (
              <a
                href={`/meetings?import=${encodeURIComponent(r.roomId)}`}
                className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 shadow-sm hover:bg-slate-50"
              >
                {t("roomEvents.import")}
              </a>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
