"use client";

import { useWatch } from "react-hook-form";
import { dstChangeOnDate, formatInZone, formatOffset, isValidTimeZone, resolveWallTime } from "@/lib/time";
import { useT, useViewerLocale } from "@/lib/i18n/use-t";
import { useScheduleForm } from "./form-context";

/** "HH:MM" read off a clock running at `offsetMinutes` at that instant. */
const clockAt = (epochSeconds: number, offsetMinutes: number) =>
  new Date((epochSeconds + offsetMinutes * 60) * 1000).toISOString().slice(11, 16);

function Row({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <div className="grid grid-cols-[6.5rem_1fr] gap-2">
      <dt className="text-slate-500">{label}</dt>
      <dd className="font-medium text-slate-800 tabular-nums">
        {value}
        {note ? <span className="block text-xs font-normal text-slate-500">{note}</span> : null}
      </dd>
    </div>
  );
}

/** The start as Tencent will store it, shown in the three zones an admin double-checks against. */
export function TimePreview({ viewerZone }: { viewerZone: string | null }) {
  const t = useT();
  const locale = useViewerLocale();
  const { control } = useScheduleForm();
  const { date, time, timeZone, durationMinutes, occurrence } = useWatch({ control, name: "schedule" });
  const start = resolveWallTime(date, time, timeZone, occurrence);
  const change = isValidTimeZone(timeZone) ? dstChangeOnDate(date, timeZone) : null;
  const end =
    start.ok && Number.isInteger(durationMinutes) ? start.epochSeconds + durationMinutes * 60 : null;

  return (
    <div className="space-y-3 rounded-lg bg-slate-50 p-4 text-sm ring-1 ring-slate-200">
      <h3 className="font-medium text-slate-900">
        {t("scheduleForm.preview")}
        {start.ok ? <span className="font-normal text-slate-500"> · {timeZone}</span> : null}
      </h3>
      {start.ok ? (
        <dl className="space-y-1">
          <Row label={t("scheduleForm.starts")} value={formatInZone(start.epochSeconds, timeZone, locale)} />
          <Row
            label={t("scheduleForm.ends")}
            value={end === null ? "—" : formatInZone(end, timeZone, locale)}
          />
          {viewerZone ? (
            <Row
              label={t("scheduleForm.yourTime")}
              value={formatInZone(start.epochSeconds, viewerZone, locale)}
              note={viewerZone}
            />
          ) : null}
          <Row label={t("scheduleForm.utc")} value={formatInZone(start.epochSeconds, "UTC", locale)} />
        </dl>
      ) : (
        <p className="text-slate-500">{t("scheduleForm.pickValid")}</p>
      )}
      <div role="status">
        {change ? (
          <p className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-amber-900">
            {t("scheduleForm.clocksChange", {
              zone: timeZone,
              date,
              from: clockAt(change.at, change.fromOffset),
              to: clockAt(change.at, change.toOffset),
              fromOffset: formatOffset(change.fromOffset),
              toOffset: formatOffset(change.toOffset),
            })}
          </p>
        ) : null}
      </div>
    </div>
  );
}
