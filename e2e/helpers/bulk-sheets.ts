/**
 * Sheets for the bulk intake specs, written as a planner would: English headers, Tokyo times (no clock
 * changes there), one meeting per row, and a Room ID of the run's own so nothing collides with earlier runs.
 */
export const SHEET_HEADER =
  "Meeting name,Room ID,Owner UserID,Invitees,Date,Start time,Time zone,Duration,Disable video for all\n";

export interface BadRow {
  row: number;
  /** The column as the page names it: the form's label and the sheet's letter. */
  column: string;
  message: string;
  cells: Partial<{ date: string; time: string; duration: string; roomId: string; video: string }>;
}

/** Five rows, each wrong in another column, each wrong the way a spreadsheet gets it wrong. */
export const BAD_ROWS: BadRow[] = [
  {
    row: 17,
    column: "Date (column E)",
    message: "2027-02-30 is not a day on the calendar",
    cells: { date: "2027-02-30" },
  },
  {
    row: 42,
    column: "Start time (column F)",
    message: "Start time must be HH:MM on a 24-hour clock (for example 09:30 or 14:00)",
    cells: { time: "25:00" },
  },
  {
    row: 88,
    column: "Duration (column H)",
    message: "Duration must be at least 5 minutes",
    cells: { duration: "2" },
  },
  {
    row: 133,
    column: "Room ID (column B)",
    message: "Room ID may use only letters, digits, _ and -",
    cells: { roomId: "room 133!" },
  },
  {
    row: 190,
    column: "Disable video for all (column I)",
    message: "“maybe” is neither yes nor no: write yes or no, or leave it empty for no",
    cells: { video: "maybe" },
  },
];

export const roomIdOf = (run: string, row: number) => `bk-${run}-${row}`;

/** `rows` meetings from 2027-06-01 on, four a day; the BAD_ROWS among them when `withBad`. */
export function plannedSheet(run: string, rows: number, withBad = true): string {
  const bad = new Map(withBad ? BAD_ROWS.map((b) => [b.row, b.cells]) : []);
  let out = SHEET_HEADER;
  for (let row = 1; row <= rows; row++) {
    const c = bad.get(row) ?? {};
    const day = String(1 + (Math.floor((row - 1) / 4) % 28)).padStart(2, "0");
    const month = String(6 + Math.floor((row - 1) / 112)).padStart(2, "0");
    const time = `${String(9 + ((row - 1) % 4) * 2).padStart(2, "0")}:00`;
    out += [
      `Training ${row}`,
      c.roomId ?? roomIdOf(run, row),
      "",
      row % 3 === 0 ? "alice bob" : "",
      c.date ?? `2027-${month}-${day}`,
      c.time ?? time,
      "Asia/Tokyo",
      c.duration ?? "45",
      c.video ?? (row % 2 === 0 ? "yes" : "no"),
    ].join(",");
    out += "\n";
  }
  return out;
}
