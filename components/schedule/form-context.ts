"use client";

import { useFormContext, type Path, type UseFormReturn } from "react-hook-form";
import { useFieldError as useControlError } from "@/components/ui/form-field";
import type { ScheduleMeetingInput, ScheduleMeetingValues } from "@/lib/schemas/meeting";

export type ScheduleForm = UseFormReturn<ScheduleMeetingInput, unknown, ScheduleMeetingValues>;
export type SchedulePath = Path<ScheduleMeetingInput>;

export const useScheduleForm = () => useFormContext<ScheduleMeetingInput, unknown, ScheduleMeetingValues>();

/** One field's current message (the schedule form's fields take it from the form context). */
export function useFieldError(name: SchedulePath): string | undefined {
  return useControlError(useScheduleForm().control, name);
}
