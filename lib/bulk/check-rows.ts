import {
  makeScheduleMeetingSchema,
  type MeetingLimits,
  type ScheduleMeetingValues,
} from "@/lib/schemas/meeting";
import { zonedWallTimeToEpoch } from "@/lib/time/wall-time";
import { columnOfPath, type SheetColumnKey } from "./columns";
import type { ColumnMapping } from "./headers";
import { rowToInput, type RowDefaults } from "./row-input";

/** A row's problem: the column it is in (null: the row as a whole) and a message reference. */
export interface RowIssue {
  column: SheetColumnKey | null;
  message: string;
}

export interface CheckedRow {
  /** 1-based, counted under the header line. */
  row: number;
  /** The values the schedule form would submit; null when the schema refused the row. */
  values: ScheduleMeetingValues | null;
  /** Unix seconds of the start, when the row's date, time and zone name one. */
  start: number | null;
  errors: RowIssue[];
  warnings: RowIssue[];
  cells: Partial<Record<SheetColumnKey, string>>;
  roomIdDrawn: boolean;
}

/**
 * Every row through the schedule form's own schema, with the same limits and clock as the server action,
 * so a row that passes here is a row the form would have sent. A cell that could not be read at all
 * (a yes/no that is neither) stands for its column: the schema's note on the stand-in value is dropped.
 */
export function checkRows(
  rows: ReadonlyArray<{ row: number; cells: readonly string[] }>,
  mapping: ColumnMapping,
  opts: { limits: MeetingLimits; defaults: RowDefaults },
): CheckedRow[] {
  const schema = makeScheduleMeetingSchema(opts.limits);
  return rows.map(({ row, cells }) => {
    const read = rowToInput(cells, mapping, opts.defaults);
    const parsed = schema.safeParse(read.input);
    const unreadable = new Set(read.issues.map((i) => i.column));
    const errors: RowIssue[] = [...read.issues];
    for (const issue of parsed.error?.issues ?? []) {
      const path = issue.path.map(String).join(".");
      // A sheet has no column for which of a repeated time is meant: the problem is the start time's.
      const column = columnOfPath(path === "schedule.occurrence" ? "schedule.time" : path);
      if (column === null || !unreadable.has(column)) errors.push({ column, message: issue.message });
    }
    const schedule = read.input.schedule as { date: string; time: string; timeZone: string };
    const wall = zonedWallTimeToEpoch(schedule.date, schedule.time, schedule.timeZone);
    return {
      row,
      values: parsed.success && errors.length === 0 ? parsed.data : null,
      start: wall.ok ? wall.epochSeconds : null,
      errors,
      warnings: [],
      cells: read.cells,
      roomIdDrawn: read.roomIdDrawn,
    };
  });
}
