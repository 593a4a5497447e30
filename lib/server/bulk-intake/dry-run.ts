import "server-only";
import { markExistingDuplicates } from "@/lib/bulk/duplicates";
import type { DryRunResult } from "@/lib/bulk/dry-run-types";
import { headerNames } from "@/lib/bulk/header-names";
import type { ColumnMapping } from "@/lib/bulk/headers";
import { BULK_LIMITS } from "@/lib/bulk/job-request";
import { readSheet, type ReadRefusal, type SheetSource } from "@/lib/bulk/read-sheet";
import { summarize, toDryRunRows } from "@/lib/bulk/summarize";
import { generateRoomId } from "@/lib/schemas/room-id";
import type { AppDeps } from "../app";
import { findExistingMeetings } from "./existing-meetings";

export interface DryRunInput {
  source: SheetSource;
  mapping?: ColumnMapping;
  /** The zone for rows that name none. */
  timeZone: string;
}

export type DryRunOutcome = { ok: true; result: DryRunResult } | { ok: false; refusal: ReadRefusal };

const FILE_NAME_MAX = 255;

/**
 * The dry run: the sheet read and every row checked as the schedule form would check it, then against the
 * meetings already scheduled. It only reads: nothing is stored and nothing is sent to Tencent.
 * `word` puts a message reference into the caller's language.
 */
export async function dryRunSheet(
  deps: Pick<AppDeps, "db" | "limits" | "now">,
  input: DryRunInput,
  word: (message: string) => string,
  opts: { maxRows?: number } = {},
): Promise<DryRunOutcome> {
  const read = readSheet(input.source, {
    names: headerNames(),
    mapping: input.mapping,
    maxRows: opts.maxRows ?? BULK_LIMITS.maxRows,
    limits: { ...deps.limits, now: deps.now },
    defaults: { timeZone: input.timeZone, maxSeats: deps.limits.maxSeats, newRoomId: generateRoomId },
  });
  if (!read.ok) return read;
  const { rows, columns, encoding } = read.sheet;
  markExistingDuplicates(rows, await findExistingMeetings(deps.db, rows));
  const fileName =
    input.source.kind === "file" ? [...input.source.fileName].slice(0, FILE_NAME_MAX).join("") : "";
  const dryRows = toDryRunRows(rows, word);
  return {
    ok: true,
    result: { source: { fileName, encoding }, columns, rows: dryRows, summary: summarize(dryRows) },
  };
}
