import { ref } from "@/lib/schemas/messages";
import { TAKE_SEAT_MODES, type SeatMode } from "@/lib/trtc/limits";

/**
 * What a spreadsheet cell says, read into the value the schedule form would hold. Cells are what
 * spreadsheets write: "2027/4/5" from a Japanese Excel, "9:30" or "09:30:00", "TRUE", "はい". Anything that
 * cannot be read is passed on as it is, so the shared schema refuses it with the form's own message; only
 * a yes/no cell, which the form has no words for (it is a switch), gets a message of its own here.
 */

const DATE_CELL = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/u;
const TIME_CELL = /^(\d{1,2})[:：](\d{2})(?:[:：](00))?$/u;
const pad = (n: string) => n.padStart(2, "0");

export function readDate(cell: string): string {
  const m = DATE_CELL.exec(cell.normalize("NFKC").trim());
  return m ? `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}` : cell.trim();
}

export function readTime(cell: string): string {
  const m = TIME_CELL.exec(cell.normalize("NFKC").trim());
  return m ? `${pad(m[1]!)}:${m[2]}` : cell.trim();
}

/** A whole number of minutes or a count; an empty cell is "not set", anything else is left for the schema. */
export function readNumber(cell: string): number | string | undefined {
  const text = cell.normalize("NFKC").trim();
  if (text === "") return undefined;
  return /^[+-]?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
}

const YES = new Set([
  "yes",
  "y",
  "true",
  "1",
  "on",
  "x",
  "✓",
  "✔",
  "はい",
  "有",
  "是",
  "开",
  "开启",
  "启用",
  "有効",
  "する",
]);
const NO = new Set([
  "no",
  "n",
  "false",
  "0",
  "off",
  "いいえ",
  "無",
  "否",
  "关",
  "关闭",
  "不",
  "無効",
  "しない",
  "-",
]);

export type YesNo = { ok: true; value: boolean } | { ok: false; message: string };

/** An empty cell is "off", as the form's switches start. */
export function readYesNo(cell: string): YesNo {
  const text = cell.normalize("NFKC").trim().toLowerCase();
  if (text === "" || NO.has(text)) return { ok: true, value: false };
  if (YES.has(text)) return { ok: true, value: true };
  return { ok: false, message: ref("bulk.issue.notYesNo", { value: cell.trim() }) };
}

/** "FreeToTake", "free to take", "free_to_take"; an empty cell is the form's default (apply to take). */
export function readSeatMode(cell: string): SeatMode | string | undefined {
  const text = cell.normalize("NFKC").trim();
  if (text === "") return "ApplyToTake";
  const folded = text.toLowerCase().replace(/[\s_-]/g, "");
  return TAKE_SEAT_MODES.find((mode) => mode.toLowerCase() === folded) ?? text;
}

// The invitee box's separators: commas, semicolons, whitespace, full-width forms and "、".
const LIST_SEPARATORS = /[\s,;，；、]+/u;

/** Every entry is kept, duplicates and mistakes included, so the schema names each one. */
export const readList = (cell: string): string[] => cell.split(LIST_SEPARATORS).filter((id) => id !== "");
