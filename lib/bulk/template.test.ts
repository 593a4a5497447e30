import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/catalogs";
import { MAX_MEMBERS, MAX_SEATS, NOW_MS } from "@/lib/schemas/test-utils";
import { SHEET_COLUMNS, SHEET_COLUMN_KEYS } from "./columns";
import type { DryRunColumn, DryRunRow } from "./dry-run-types";
import { errorReportCsv } from "./error-report";
import { headerNames } from "./header-names";
import { parseSheet } from "./parse-sheet";
import { readSheet } from "./read-sheet";
import { templateCsv } from "./template";

const en = translator("en");
const label = (key: string) => en(key as Parameters<typeof en>[0]);

describe("the template", () => {
  const csv = templateCsv(label);

  it("has a column for every field of the schedule form, headed as the form labels it, and one example", () => {
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const parsed = parseSheet(csv.slice(1), { maxRows: 10 });
    expect(parsed.ok && parsed.sheet.headers).toEqual(SHEET_COLUMNS.map((c) => label(c.label)));
    expect(parsed.ok && parsed.sheet.headers).toContain("Meeting name");
    expect(parsed.ok && parsed.sheet.rows).toHaveLength(1);
  });

  it("reads back with every column recognised and its example row ready to schedule", () => {
    const read = readSheet(
      { kind: "file", fileName: "template.csv", bytes: new TextEncoder().encode(csv) },
      {
        names: headerNames(),
        maxRows: 10,
        limits: { maxMembers: MAX_MEMBERS, maxSeats: MAX_SEATS, now: () => NOW_MS },
        defaults: { timeZone: "UTC", maxSeats: MAX_SEATS, newRoomId: () => "rd-x" },
      },
    );
    if (!read.ok) throw new Error(JSON.stringify(read.refusal));
    expect(read.sheet.encoding).toBe("utf-8-bom");
    expect(read.sheet.columns.map((c) => c.column)).toEqual(SHEET_COLUMN_KEYS);
    expect(read.sheet.rows[0]!.errors).toEqual([]);
    expect(read.sheet.rows[0]!.values).toMatchObject({
      roomId: "onboarding-day-1",
      seats: { enabled: true, maxSeatCount: 6, takeSeatMode: "ApplyToTake" },
    });
  });
});

describe("the error report", () => {
  it("lists each problem with its row, the form's label, the sheet's column and the cell", () => {
    const columns: DryRunColumn[] = [
      { index: 0, letter: "A", header: "会議名", column: "roomName", recognised: true },
      { index: 1, letter: "B", header: "開始時刻", column: "time", recognised: true },
    ];
    const rows: DryRunRow[] = [
      {
        row: 3,
        status: "error",
        values: null,
        roomName: "=HYPERLINK()",
        roomId: "",
        start: null,
        timeZone: "UTC",
        errors: [
          {
            column: "time",
            message: "Start time must be HH:MM on a 24-hour clock (for example 09:30 or 14:00)",
          },
        ],
        warnings: [{ column: null, message: "Same, as row 1" }],
        cells: { roomName: "=HYPERLINK()", time: "9.30" },
      },
    ];
    const report = errorReportCsv(rows, columns, {
      error: "Error",
      warning: "Warning",
      label: (k) => label(SHEET_COLUMNS.find((c) => c.key === k)!.label),
    });
    expect(report).toBe(
      "\uFEFFrow,severity,field,column,header,value,message\r\n" +
        "3,Error,Start time,B,開始時刻,9.30,Start time must be HH:MM on a 24-hour clock (for example 09:30 or 14:00)\r\n" +
        '3,Warning,,,,,"Same, as row 1"\r\n',
    );
  });
});
