import Papa from "papaparse";

/** A sheet as rows of cells: the header line, and each data row with its 1-based number under it. */
export interface ParsedSheet {
  headers: string[];
  rows: Array<{ row: number; cells: string[] }>;
}

export type SheetRefusal =
  | { reason: "noHeader" }
  | { reason: "noRows" }
  | { reason: "tooManyRows"; rows: number; max: number }
  | { reason: "unclosedQuote"; row: number };

const isBlank = (cells: string[]) => cells.every((c) => c.trim() === "");

const DELIMITERS = [",", "\t", ";"] as const;

/**
 * The delimiter is the one the header line uses most: comma, tab (pasted cells, "Text (tab-delimited)") or
 * semicolon (Excel where the comma is the decimal mark). Headers hold names, not quoted prose, so counting
 * them is reliable, where papaparse's own guess is thrown by a one-row sheet ending in a blank line.
 */
function guessDelimiter(text: string): string {
  const header = text.split(/\r?\n/).find((line) => line.trim() !== "") ?? "";
  const count = (d: string) => header.split(d).length - 1;
  return DELIMITERS.reduce((best, d) => (count(d) > count(best) ? d : best), ",");
}

/**
 * Parses CSV or a spreadsheet's pasted cells (tab-separated) with papaparse, which handles quoted cells,
 * line breaks inside them and the delimiter. Blank lines keep their numbers, so "row 7" is the seventh
 * line under the headers as the spreadsheet shows it, blank lines included.
 */
export function parseSheet(
  text: string,
  opts: { maxRows: number; delimiter?: "\t" },
): { ok: true; sheet: ParsedSheet } | { ok: false; refusal: SheetRefusal } {
  const result = Papa.parse<string[]>(text, {
    delimiter: opts.delimiter ?? guessDelimiter(text),
    skipEmptyLines: false,
  });
  const lines = result.data;
  const headerAt = lines.findIndex((cells) => !isBlank(cells));
  if (headerAt < 0) return { ok: false, refusal: { reason: "noHeader" } };
  const quote = result.errors.find((e) => e.type === "Quotes");
  if (quote) {
    const row = Math.max(1, (quote.row ?? headerAt) - headerAt);
    return { ok: false, refusal: { reason: "unclosedQuote", row } };
  }
  let last = lines.length - 1;
  while (last > headerAt && isBlank(lines[last]!)) last--;
  const count = last - headerAt;
  if (count === 0) return { ok: false, refusal: { reason: "noRows" } };
  if (count > opts.maxRows)
    return { ok: false, refusal: { reason: "tooManyRows", rows: count, max: opts.maxRows } };
  const headers = lines[headerAt]!.map((h) => h.trim());
  const rows: ParsedSheet["rows"] = [];
  for (let i = headerAt + 1; i <= last; i++) {
    const cells = lines[i]!;
    if (!isBlank(cells)) rows.push({ row: i - headerAt, cells });
  }
  return { ok: true, sheet: { headers, rows } };
}
