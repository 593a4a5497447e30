import { describe, expect, it } from "vitest";
import { parseSheet } from "./parse-sheet";

const parse = (text: string, maxRows = 10) => parseSheet(text, { maxRows });

describe("parsing a sheet", () => {
  it("reads CSV with quoted cells, commas and line breaks inside them", () => {
    const result = parse('Meeting name,Custom info\r\n"Sync, weekly","line 1\nline 2"\r\nPlain,""\r\n');
    expect(result).toEqual({
      ok: true,
      sheet: {
        headers: ["Meeting name", "Custom info"],
        rows: [
          { row: 1, cells: ["Sync, weekly", "line 1\nline 2"] },
          { row: 2, cells: ["Plain", ""] },
        ],
      },
    });
  });

  it("reads cells pasted from a spreadsheet (tab-separated) and semicolon CSV from European Excel", () => {
    expect(parseSheet("会議名\t日付\n研修\t2027-04-05", { maxRows: 5, delimiter: "\t" })).toMatchObject({
      ok: true,
      sheet: { headers: ["会議名", "日付"], rows: [{ row: 1, cells: ["研修", "2027-04-05"] }] },
    });
    expect(parse("Meeting name;Date\nA;2027-04-05\n")).toMatchObject({
      ok: true,
      sheet: { rows: [{ row: 1, cells: ["A", "2027-04-05"] }] },
    });
  });

  it("keeps the numbers of the rows under a blank line, as the spreadsheet shows them", () => {
    const result = parse("Meeting name\nA\n\n,\nB\n\n\n");
    expect(result.ok && result.sheet.rows).toEqual([
      { row: 1, cells: ["A"] },
      { row: 4, cells: ["B"] },
    ]);
  });

  it("refuses a sheet past the row limit, naming both numbers", () => {
    expect(parse("Meeting name\nA\nB\nC\n", 2)).toEqual({
      ok: false,
      refusal: { reason: "tooManyRows", rows: 3, max: 2 },
    });
    expect(parse("Meeting name\nA\nB\n\n\n", 2).ok).toBe(true);
  });

  it("names the row whose quote is never closed", () => {
    expect(parse('Meeting name,Date\nA,2027-04-05\n"B,2027-04-06\nC,2027-04-07\n')).toEqual({
      ok: false,
      refusal: { reason: "unclosedQuote", row: 2 },
    });
  });

  it("refuses a sheet with no header or no rows", () => {
    expect(parse("\n\n")).toEqual({ ok: false, refusal: { reason: "noHeader" } });
    expect(parse("Meeting name,Date\n\n")).toEqual({ ok: false, refusal: { reason: "noRows" } });
  });
});
