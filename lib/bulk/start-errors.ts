import type { z } from "zod";
import type { StartBulkJobRefused } from "./job-request";

/**
 * The start schema's issues by sheet row and form field: `rows.3.values.schedule.time` of a request whose
 * fourth row is sheet row 12 becomes `{ row: 12, field: "schedule.time" }`. Problems of the request as a
 * whole (too many rows, the source) are row 0. `word` turns a schema message into the reader's words.
 */
export function startErrors(
  error: z.ZodError,
  raw: unknown,
  word: (message: string) => string,
): StartBulkJobRefused["errors"] {
  const rows = (raw as { rows?: unknown } | null)?.rows;
  const sheetRow = (index: number): number => {
    const n = Array.isArray(rows) ? (rows[index] as { row?: unknown } | undefined)?.row : undefined;
    return typeof n === "number" && Number.isInteger(n) ? n : 0;
  };
  return error.issues.map((issue) => {
    const [head, index, part, ...rest] = issue.path.map(String);
    const message = word(issue.message);
    if (head !== "rows" || index === undefined) return { row: 0, field: issue.path.join("."), message };
    const row = sheetRow(Number(index));
    if (part === "values") return { row, field: rest.join("."), message };
    return { row, field: part ?? "row", message };
  });
}
