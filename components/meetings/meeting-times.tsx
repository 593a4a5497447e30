import type { MeetingSummary } from "@/lib/meetings/types";
import { useT, useViewerLocale } from "@/lib/i18n/use-t";
import { meetingRange } from "./time-text";

/** The same window three ways: as planned, as the viewer lives it, and in UTC for tickets and logs. */
export function MeetingTimes({
  meeting: m,
  viewerZone,
}: {
  meeting: MeetingSummary;
  viewerZone: string | null;
}) {
  const t = useT();
  const locale = useViewerLocale();
  const rows: [string, string][] = [
    [t("meetings.meetingZone", { zone: m.timeZone }), meetingRange(t, m.start, m.end, m.timeZone, locale)],
    ...(viewerZone
      ? [
          [
            t("meetings.yourZone", { zone: viewerZone }),
            meetingRange(t, m.start, m.end, viewerZone, locale),
          ] as [string, string],
        ]
      : []),
    [t("meetings.utc"), meetingRange(t, m.start, m.end, "UTC", locale)],
  ];
  return (
    <section aria-labelledby="times-heading" className="rounded-xl border border-slate-200 bg-white p-6">
      <h2 id="times-heading" className="text-base font-semibold text-slate-900">
        {t("meetings.when")}
      </h2>
      <dl className="mt-3 space-y-2 text-sm">
        {rows.map(([label, value]) => (
          <div key={label} className="grid gap-1 sm:grid-cols-[16rem_1fr]">
            <dt className="text-slate-500">{label}</dt>
            <dd className="tabular-nums text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
