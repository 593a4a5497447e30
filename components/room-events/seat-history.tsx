"use client";

import { LocalTime } from "@/components/support/local-time";
import type { SeatChange } from "@/lib/room-events/types";
import { useT } from "@/lib/i18n/use-t";

/** Each seat change Tencent reported, newest first, with who sat where. */
export function SeatHistory({ changes }: { changes: SeatChange[] }) {
  const t = useT();
  if (changes.length === 0) return null;
  return (
    <section
      aria-labelledby="seat-history-heading"
      className="rounded-xl border border-slate-200 bg-white p-6"
    >
      <h2 id="seat-history-heading" className="text-base font-semibold text-slate-900">
        {t("roomEvents.seatHistoryTitle")}
      </h2>
      <ol className="mt-3 space-y-2 text-sm">
        {changes.map((c) => {
          const taken = c.seats.filter((s) => s.account !== "");
          return (
            <li key={c.id} className="flex flex-wrap gap-x-3">
              <LocalTime iso={c.at} />
              <span>{t("roomEvents.seatsTaken", { count: taken.length })}</span>
              {c.seats
                .filter((s) => s.account !== "" || s.locked)
                .map((s) => (
                  <span key={s.index} className="text-slate-600">
                    {s.account !== ""
                      ? t("roomEvents.seatLine", { index: String(s.index), account: s.account })
                      : t("roomEvents.seatLocked", { index: String(s.index) })}
                  </span>
                ))}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
