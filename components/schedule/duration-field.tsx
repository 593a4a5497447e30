"use client";

import { useState } from "react";
import { useController } from "react-hook-form";
import { cx } from "@/components/ui/cx";
import { describedBy, FieldError, fieldIds } from "@/components/ui/field";
import { controlClass } from "@/components/ui/styles";
import { ROOM_LIMITS } from "@/lib/trtc/limits";
import { fieldId } from "./field-paths";
import { useFieldError, useScheduleForm } from "./form-context";
import { useT } from "@/lib/i18n/use-t";

// Tencent's panel offers 15/30/45 min and 1–23 h (docs/trtc-api.md §7); 24 h is the API's own maximum.
const PRESETS = [15, 30, 45, ...Array.from({ length: 24 }, (_, i) => (i + 1) * 60)];
const CUSTOM = "custom";

const NAME = "schedule.durationMinutes";

/** A preset list with a "Custom…" escape to a minutes input; both edit the same number. */
export function DurationField() {
  const t = useT();
  const presetLabel = (minutes: number) =>
    minutes < 60
      ? t("scheduleForm.durationPreset", { minutes })
      : t("scheduleForm.durationPresetHours", { hours: minutes / 60 });
  const { control } = useScheduleForm();
  const {
    field: { value, onChange, onBlur, ref },
  } = useController({ control, name: NAME });
  const [customChosen, setCustomChosen] = useState(false);
  const error = useFieldError(NAME);
  const id = fieldId(NAME);
  const customId = `${id}-custom`;
  const custom = customChosen || !PRESETS.includes(value);
  const a11y = (invalid: boolean) => ({
    "aria-invalid": invalid ? true : undefined,
    "aria-describedby": describedBy(id, { error: invalid, hint: true }),
  });

  return (
    <div className="space-y-1.5">
      <div className="flex gap-3">
        <div className="min-w-0 flex-1 space-y-1.5">
          <label htmlFor={id} className="text-sm font-medium text-slate-800">
            {t("scheduleForm.duration")}
          </label>
          <select
            id={id}
            className={controlClass}
            value={custom ? CUSTOM : String(value)}
            // Errors focus whichever control is showing the number.
            ref={custom ? undefined : ref}
            onBlur={onBlur}
            onChange={(e) => {
              const choice = e.target.value;
              setCustomChosen(choice === CUSTOM);
              if (choice !== CUSTOM) onChange(Number(choice));
            }}
            {...a11y(!!error && !custom)}
          >
            {PRESETS.map((minutes) => (
              <option key={minutes} value={minutes}>
                {presetLabel(minutes)}
              </option>
            ))}
            <option value={CUSTOM}>{t("scheduleForm.custom")}</option>
          </select>
        </div>
        {custom ? (
          <div className="w-32 space-y-1.5">
            <label htmlFor={customId} className="text-sm font-medium text-slate-800">
              <span className="sr-only">{t("scheduleForm.customDurationIn")}</span>
              {t("scheduleForm.minutes")}
            </label>
            <input
              id={customId}
              type="number"
              inputMode="numeric"
              min={ROOM_LIMITS.minDurationSeconds / 60}
              max={ROOM_LIMITS.maxDurationSeconds / 60}
              step={1}
              className={cx(controlClass, "tabular-nums")}
              value={Number.isNaN(value) ? "" : value}
              ref={ref}
              onBlur={onBlur}
              onChange={(e) => onChange(e.target.valueAsNumber)}
              {...a11y(!!error)}
            />
          </div>
        ) : null}
      </div>
      <p id={fieldIds(id).hint} className="text-xs text-slate-500">
        {t("scheduleForm.durationHint")}
      </p>
      <FieldError id={fieldIds(id).error} message={error} />
    </div>
  );
}
