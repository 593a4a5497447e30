"use client";

import { useState } from "react";
import { useWatch } from "react-hook-form";
import { scheduleWindow, toCreateRoomBody } from "@/lib/schemas/create-room-body";
import type { ScheduleMeetingSchema } from "@/lib/schemas/meeting";
import { useScheduleForm } from "./form-context";
import { useT } from "@/lib/i18n/use-t";

function previewBody(schema: ScheduleMeetingSchema, values: unknown) {
  const parsed = schema.safeParse(values);
  if (!parsed.success) return null;
  const { start, end } = scheduleWindow(parsed.data.schedule);
  return { text: JSON.stringify(toCreateRoomBody(parsed.data), null, 2), start, end };
}

/**
 * The create_room body built by the same function the server uses. Credentials (sdkappid, identifier,
 * usersig) travel in the URL the server adds, so nothing secret can appear here.
 */
export function RequestPreview({ schema }: { schema: ScheduleMeetingSchema }) {
  const t = useT();
  const { control } = useScheduleForm();
  const [open, setOpen] = useState(false);
  const values = useWatch({ control });
  const body = open ? previewBody(schema, values) : null;

  return (
    <details
      className="group rounded-xl border border-slate-200 bg-white px-6 py-4 shadow-sm"
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary className="cursor-pointer rounded text-sm font-medium text-slate-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-slate-900">
        {t("scheduleForm.showRequest")}
      </summary>
      <div className="mt-3 space-y-2 text-sm">
        <p className="text-slate-500">
          {t.rich("scheduleForm.requestNote", {
            path: () => <code className="font-mono">v4/room_engine_http_srv/create_room</code>,
          })}
        </p>
        {body ? (
          <>
            <pre
              aria-label={t("scheduleForm.requestBody")}
              className="max-h-96 overflow-auto rounded-lg bg-slate-900 p-4 font-mono text-xs leading-relaxed text-slate-100"
            >
              {body.text}
            </pre>
            {/* The form speaks in wall-clock times; only here, beside the wire format, are the seconds shown. */}
            <p className="text-slate-500">
              {t("scheduleLayout.requestTimes", { start: body.start, end: body.end })}
            </p>
          </>
        ) : open ? (
          <p className="text-amber-800">{t("scheduleForm.requestHasErrors")}</p>
        ) : null}
      </div>
    </details>
  );
}
