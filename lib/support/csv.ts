/**
 * CSV cells for spreadsheets: RFC 4180 quoting, plus a leading apostrophe on cells a spreadsheet would
 * run as a formula (OWASP CSV injection). Error texts and RoomIds come from outside, so every cell is
 * treated as hostile.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvRow = (cells: readonly (string | number | null | undefined)[]) =>
  `${cells.map(csvCell).join(",")}\r\n`;
