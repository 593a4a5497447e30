"use client";

import type { ReactNode } from "react";
import { FormField } from "@/components/ui/form-field";
import { FormSection } from "@/components/ui/form-section";
import { DurationField } from "./duration-field";
import { fieldId } from "./field-paths";
import { RepeatedTimeChoice } from "./repeated-time-choice";
import { useScheduleForm } from "./form-context";
import { StartTimeField } from "./start-time-field";
import { TimePreview } from "./time-preview";
import { TimeZonePicker } from "./time-zone-picker";
import { useT } from "@/lib/i18n/use-t";

function DateField({ label }: { label: string }) {
  const { control } = useScheduleForm();
  // "In the past" and "skipped by DST" are reported on the time but depend on the date too.
  return (
    <FormField
      control={control}
      name="schedule.date"
      id={fieldId("schedule.date")}
      label={label}
      type="date"
      rules={{ deps: ["schedule.time"] }}
    />
  );
}

/** `fixedZone`: said in the picker's place where the zone is not the admin's to choose (a series' meeting). */
export function TimeSection({ viewerZone, fixedZone }: { viewerZone: string | null; fixedZone?: ReactNode }) {
  const t = useT();
  return (
    <FormSection title={t("scheduleForm.timeTitle")} description={t("scheduleForm.timeDescription")}>
      <div className="grid gap-4 sm:grid-cols-2">
        <DateField label={t("scheduleForm.date")} />
        <StartTimeField />
      </div>
      <RepeatedTimeChoice />
      <div className="grid gap-4 sm:grid-cols-2 sm:items-start">
        <DurationField />
        {fixedZone ?? <TimeZonePicker />}
      </div>
      <TimePreview viewerZone={viewerZone} />
    </FormSection>
  );
}
