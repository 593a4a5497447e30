import type { BulkRowState } from "@/lib/bulk/job-types";

/**
 * Where an occurrence stands, as the series page shows it: its room's state once the job made it
 * (scheduled, cancelled), the job row's while it waits or failed, or left out on a skipped wall time.
 */
export type OccurrenceState = BulkRowState | "skipped";

export interface OccurrenceView {
  index: number;
  date: string;
  roomId: string;
  /** The room's current name and window (epoch seconds); the rule's own start until the room exists. */
  name: string;
  start: number;
  end: number;
  originalStart: number;
  state: OccurrenceState;
  /** Fields changed on this occurrence alone ("roomName", "start"). */
  changed: string[];
}

export interface SeriesView {
  seriesId: string;
  name: string;
  roomIdBase: string;
  timeZone: string;
  rrule: string;
  durationMinutes: number;
  jobId: string;
  /** The job still has rooms to make. */
  creating: boolean;
  occurrences: OccurrenceView[];
}

export const seriesPath = (seriesId: string) => `/meetings/series/${encodeURIComponent(seriesId)}`;
