"use client";

import { FormField } from "@/components/ui/form-field";
import { FormSection } from "@/components/ui/form-section";
import { DurationField } from "./duration-field";
import { fieldId } from "./field-paths";
import { RepeatedTimeChoice } from "./repeated-time-choice";
import { useScheduleForm } from "./form-context";
import { TimePreview } from "./time-preview";
import { TimeZonePicker } from "./time-zone-picker";
import { useT } from "@/lib/i18n/use-t";

function WallClockField({ name, label }: { name: "schedule.date" | "schedule.time"; label: string }) {
  const { control } = useScheduleForm();
  // "In the past" and "skipped by DST" are reported on the time but depend on the date too.
  const deps = name === "schedule.date" ? ["schedule.time" as const] : undefined;
  return (
    <FormField
      control={control}
      name={name}
      id={fieldId(name)}
      label={label}
      type={name === "schedule.date" ? "date" : "time"}
      rules={{ deps }}
    />
  );
}

export function TimeSection({ viewerZone }: { viewerZone: string | null }) {
  const t = useT();
  return (
    <FormSection title={t("scheduleForm.timeTitle")} description={t("scheduleForm.timeDescription")}>
      <div className="grid gap-4 sm:grid-cols-2">
        <WallClockField name="schedule.date" label={t("scheduleForm.date")} />
        <WallClockField name="schedule.time" label={t("scheduleForm.startTime")} />
      </div>
      <RepeatedTimeChoice />
      <div className="grid gap-4 sm:grid-cols-2 sm:items-start">
        <DurationField />
        <TimeZonePicker />
      </div>
      <TimePreview viewerZone={viewerZone} />
    </FormSection>
  );
}
