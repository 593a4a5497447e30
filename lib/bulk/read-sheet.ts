import type { MeetingLimits } from "@/lib/schemas/meeting";
import { checkRows, type CheckedRow } from "./check-rows";
import { columnLetter } from "./columns";
import { decodeSheet, type DecodeRefusal } from "./decode";
import { markClockChanges } from "./dst-warnings";
import { markDuplicatesInFile } from "./duplicates";
import type { DryRunColumn } from "./dry-run-types";
import {
  applyMapping,
  recognizeHeaders,
  type ColumnMapping,
  type HeaderNames,
  type MappingRefusal,
} from "./headers";
import type { SheetEncoding } from "./job-request";
import { parseSheet, type SheetRefusal } from "./parse-sheet";
import type { RowDefaults } from "./row-input";

export type SheetSource =
  { kind: "file"; fileName: string; bytes: Uint8Array } | { kind: "pasted"; text: string };

export type ReadRefusal = { reason: DecodeRefusal } | SheetRefusal | MappingRefusal;

export interface ReadSheet {
  encoding: SheetEncoding;
  columns: DryRunColumn[];
  rows: CheckedRow[];
}

export interface ReadOptions {
  names: HeaderNames;
  mapping?: ColumnMapping;
  maxRows: number;
  limits: MeetingLimits;
  defaults: RowDefaults;
}

/**
 * A sheet from bytes to checked rows: decoded (saying how), parsed, its headers recognised or mapped by the
 * admin, and every row through the schedule form's schema, with the duplicates inside the file and the
 * clock changes marked. What the database knows is the caller's to add (markExistingDuplicates).
 */
export function readSheet(
  source: SheetSource,
  opts: ReadOptions,
): { ok: true; sheet: ReadSheet } | { ok: false; refusal: ReadRefusal } {
  let text: string;
  let encoding: SheetEncoding;
  if (source.kind === "file") {
    const decoded = decodeSheet(source.bytes);
    if (!decoded.ok) return { ok: false, refusal: { reason: decoded.refusal } };
    ({ text, encoding } = decoded);
  } else {
    text = source.text;
    encoding = "pasted";
  }
  const parsed = parseSheet(text, { maxRows: opts.maxRows });
  if (!parsed.ok) return { ok: false, refusal: parsed.refusal };
  const { headers, rows } = parsed.sheet;
  const recognised = recognizeHeaders(headers, opts.names);
  const mapped = applyMapping(recognised, opts.mapping);
  if (!mapped.ok) return { ok: false, refusal: mapped.refusal };
  const columns = headers.map((header, index) => ({
    index,
    letter: columnLetter(index),
    header,
    column: mapped.mapping[index] ?? null,
    recognised: recognised[index] !== null && recognised[index] === mapped.mapping[index],
  }));
  const checked = checkRows(rows, mapped.mapping, { limits: opts.limits, defaults: opts.defaults });
  markDuplicatesInFile(checked);
  markClockChanges(checked);
  return { ok: true, sheet: { encoding, columns, rows: checked } };
}
