"use client";

import { useFormContext } from "react-hook-form";
import type { ScheduleFormInput, ScheduleFormValues } from "@/lib/schemas/series";

/** The schedule form with its Repeat part, as the series components see it. */
export const useSeriesForm = () => useFormContext<ScheduleFormInput, unknown, ScheduleFormValues>();
