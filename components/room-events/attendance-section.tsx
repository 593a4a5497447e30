"use client";

import { LocalTime } from "@/components/support/local-time";
import type { AttendanceRow } from "@/lib/room-events/types";
import { attendanceCsvUrl } from "@/lib/queries/room-events";
import { leaveTypeWords } from "@/lib/i18n/describe-room-event";
import { useT } from "@/lib/i18n/use-t";
import { ScrollBox } from "@/components/ui/scroll-box";

const th = "py-2 pr-4 font-medium";
const td = "py-2 pr-4 align-top";

/** Who was in the room and for how long, from Tencent's enter and leave events. */
export function AttendanceSection({ roomId, rows }: { roomId: string; rows: AttendanceRow[] }) {
  const t = useT();
  return (
    <section aria-labelledby="attendance-heading" className="rounded-xl border border-slate-200 bg-white p-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 id="attendance-heading" className="text-base font-semibold text-slate-900">
            {t("roomEvents.attendanceTitle")}
          </h2>
          <p className="mt-1 text-sm text-slate-500">{t("roomEvents.attendanceIntro")}</p>
        </div>
        {rows.length > 0 ? (
          <a
            href={attendanceCsvUrl(roomId)}
            download
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 shadow-sm hover:bg-slate-50"
          >
            {t("roomEvents.attendanceCsv")}
          </a>
        ) : null}
      </div>
      {rows.length === 0 ? (
        <p className="mt-3 text-sm text-slate-500">{t("roomEvents.attendanceEmpty")}</p>
      ) : (
        <ScrollBox label={t("roomEvents.attendanceTitle")} className="mt-3">
          <table className="w-full text-left text-sm">
            <thead className="text-xs text-slate-500 uppercase">
              <tr>
                <th className={th}>{t("roomEvents.colAccount")}</th>
                <th className={th}>{t("roomEvents.colEntered")}</th>
                <th className={th}>{t("roomEvents.colLeft")}</th>
                <th className={th}>{t("roomEvents.colWhy")}</th>
                <th className={th}>{t("roomEvents.colMinutes")}</th>
                <th className="py-2 font-medium">{t("roomEvents.colStays")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((r) => (
                <tr key={r.account} data-account={r.account}>
                  <td className={`${td} font-mono text-xs`}>{r.account}</td>
                  <td className={td}>{r.firstEnteredAt ? <LocalTime iso={r.firstEnteredAt} /> : "—"}</td>
                  <td className={td}>{r.lastLeftAt ? <LocalTime iso={r.lastLeftAt} /> : "—"}</td>
                  <td className={td}>
                    {r.present ? t("roomEvents.presentNow") : (leaveTypeWords(t, r.leftBecause) ?? "—")}
                  </td>
                  <td className={`${td} tabular-nums`}>{t("roomEvents.minutes", { count: r.minutes })}</td>
                  <td className="py-2 align-top tabular-nums">{r.stays}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
    </section>
  );
}
