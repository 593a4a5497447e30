import { SWITCH_KEYS } from "@/lib/trtc/room-fields";
import { readDate, readList, readNumber, readSeatMode, readTime, readYesNo } from "./cell-values";
import type { SheetColumnKey } from "./columns";
import type { ColumnMapping } from "./headers";

export interface RowDefaults {
  /** For rows without a time zone: the one the admin picked on the page (their own, to start with). */
  timeZone: string;
  /** The form's default seat count, the package's limit. */
  maxSeats: number;
  /** The form draws a Room ID for every new meeting; so does a row without one. */
  newRoomId: () => string;
}

/** A problem found while reading a cell, before the schema: the column and a message reference. */
export interface CellIssue {
  column: SheetColumnKey;
  message: string;
}

export interface RowInput {
  /** What the schedule form would submit for this row, wrong types included, for the shared schema to judge. */
  input: Record<string, unknown>;
  issues: CellIssue[];
  /** The row's own cells by field, as written, for the error report. */
  cells: Partial<Record<SheetColumnKey, string>>;
  /** True when the Room ID was drawn because the row had none. */
  roomIdDrawn: boolean;
}

/** One data row of the sheet as the schedule form's values, through the column mapping. */
export function rowToInput(
  cellsInOrder: readonly string[],
  mapping: ColumnMapping,
  defaults: RowDefaults,
): RowInput {
  const cells: Partial<Record<SheetColumnKey, string>> = {};
  mapping.forEach((key, index) => {
    if (key !== null) cells[key] = cellsInOrder[index] ?? "";
  });
  const cell = (key: SheetColumnKey) => cells[key] ?? "";
  const issues: CellIssue[] = [];
  const yesNo = (key: SheetColumnKey) => {
    const read = readYesNo(cell(key));
    if (read.ok) return read.value;
    issues.push({ column: key, message: read.message });
    return false;
  };
  const roomIdDrawn = cell("roomId").trim() === "";
  const settings = Object.fromEntries(SWITCH_KEYS.map((key) => [key, yesNo(key)]));
  const input: Record<string, unknown> = {
    roomName: cell("roomName"),
    roomId: roomIdDrawn ? defaults.newRoomId() : cell("roomId"),
    owner: cell("owner").trim(),
    invitees: readList(cell("invitees")),
    schedule: {
      date: readDate(cell("date")),
      time: readTime(cell("time")),
      timeZone: cell("timeZone").trim() || defaults.timeZone,
      durationMinutes: readNumber(cell("durationMinutes")) ?? 30,
    },
    settings,
    maxMemberCount: readNumber(cell("maxMemberCount")),
    seats: {
      enabled: yesNo("seatsEnabled"),
      maxSeatCount: readNumber(cell("maxSeatCount")) ?? defaults.maxSeats,
      takeSeatMode: readSeatMode(cell("takeSeatMode")),
    },
    customInfo: cell("customInfo"),
  };
  return { input, issues, cells, roomIdDrawn };
}
