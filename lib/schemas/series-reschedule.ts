import { z } from "zod";
import { ref } from "./messages";
import { makeScheduleSchema } from "./schedule";

/**
 * Rescheduling one occurrence of a series: which one, and its new time by the schedule form's own rules
 * (the repeated and skipped wall times decided as there). The zone is the series' own; the server refuses
 * another. `now` is the server's clock in the action.
 */
export const makeRescheduleOccurrenceSchema = (now: () => number) =>
  z.object({
    seriesId: z.uuid(ref("series.error.seriesId")),
    index: z.number().int().min(0, ref("series.error.occurrence")),
    schedule: makeScheduleSchema(now),
  });

export type RescheduleOccurrenceSchema = ReturnType<typeof makeRescheduleOccurrenceSchema>;
export type RescheduleOccurrenceInput = z.input<RescheduleOccurrenceSchema>;
export type RescheduleOccurrenceValues = z.output<RescheduleOccurrenceSchema>;
