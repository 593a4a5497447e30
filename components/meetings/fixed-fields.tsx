import type { MeetingDetail } from "@/lib/meetings/types";
import { useT, useViewerLocale } from "@/lib/i18n/use-t";
import { meetingRange } from "./time-text";

/** What update_room_info cannot change (docs/trtc-api.md §2.3), shown so nobody looks for the field. */
export function FixedFields({ meeting: m }: { meeting: MeetingDetail }) {
  const t = useT();
  const locale = useViewerLocale();
  const s = m.settings.seats;
  const rows = [
    {
      label: t("meetings.fixedTime"),
      value: meetingRange(t, m.start, m.end, m.timeZone, locale),
      reason: t("meetings.fixedTimeReason"),
    },
    {
      label: t("meetings.seats"),
      value: s.enabled ? t("meetings.fixedSeatsOn", { count: s.maxSeatCount ?? 0 }) : t("meetings.off"),
      reason: t("meetings.fixedSeatsReason"),
    },
    {
      label: t("meetings.owner"),
      value: m.owner ?? t("meetings.adminAccount"),
      reason: t("meetings.fixedOwnerReason"),
    },
    { label: t("field.roomId"), value: m.roomId, reason: t("meetings.fixedRoomIdReason") },
  ];
  return (
    <section aria-labelledby="fixed-heading" className="rounded-xl border border-slate-200 bg-slate-50 p-6">
      <h2 id="fixed-heading" className="text-base font-semibold text-slate-900">
        {t("meetings.fixedTitle")}
      </h2>
      <dl className="mt-3 space-y-3 text-sm">
        {rows.map((r) => (
          <div key={r.label} className="grid gap-1 sm:grid-cols-[10rem_1fr]">
            <dt className="text-slate-500">{r.label}</dt>
            <dd>
              <span className="text-slate-900">{r.value}</span>
              <span className="block text-xs text-slate-500">{r.reason}</span>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
