"use client";

import { get, useFormContext, useFormState, type Path, type UseFormReturn } from "react-hook-form";
import type { ScheduleMeetingInput, ScheduleMeetingValues } from "@/lib/schemas/meeting";

export type ScheduleForm = UseFormReturn<ScheduleMeetingInput, unknown, ScheduleMeetingValues>;
export type SchedulePath = Path<ScheduleMeetingInput>;

export const useScheduleForm = () => useFormContext<ScheduleMeetingInput, unknown, ScheduleMeetingValues>();

/** One field's current message; subscribes to that field only, so typing elsewhere does not re-render it. */
export function useFieldError(name: SchedulePath): string | undefined {
  const { control } = useScheduleForm();
  const { errors } = useFormState({ control, name });
  const node = get(errors, name) as { message?: unknown } | undefined;
  const message = node?.message;
  return typeof message === "string" ? message : undefined;
}
