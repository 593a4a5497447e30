import "server-only";
import type { AttendanceRow } from "@/lib/room-events/types";
import { csvRow } from "@/lib/support/csv";

/** Machine-facing column names, stable across languages, like the support export's. */
const HEADER = ["account", "first_entered_at", "last_left_at", "left_because", "present", "minutes", "stays"];

export function attendanceCsv(rows: readonly AttendanceRow[]): string {
  return (
    csvRow(HEADER) +
    rows
      .map((r) =>
        csvRow([
          r.account,
          r.firstEnteredAt,
          r.lastLeftAt,
          r.leftBecause,
          r.present ? "yes" : "no",
          r.minutes,
          r.stays,
        ]),
      )
      .join("")
  );
}
