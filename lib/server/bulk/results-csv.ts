import "server-only";
import Papa from "papaparse";
import type { Translate } from "@/lib/i18n/translate";
import type { Db } from "../db";
import { resultRows } from "./job-detail";

export const RESULT_COLUMNS = ["row", "room_id", "room_name", "status", "request_id", "error"] as const;

// A cell a spreadsheet would run as a formula (=, +, -, @, tab or CR first) is written as text: CSV
// injection. papaparse's own `true` misses a cell with a line break in it (its pattern ends in `.*$`).
const UNPARSE = { escapeFormulae: /^[=+\-@\t\r]/, newline: "\r\n" };

/**
 * The results file, streamed a page of rows at a time. A BOM first, so Excel reads the UTF-8 (Japanese
 * and Chinese names, the error words) as UTF-8; machine-facing column names stay English.
 */
export function resultsCsvStream(db: Db, jobId: string, t: Translate): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const rows = resultRows(db, jobId, t);
  let started = false;
  return new ReadableStream({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(`\uFEFF${Papa.unparse([[...RESULT_COLUMNS]], UNPARSE)}\r\n`));
        return;
      }
      const batch: (string | number | null)[][] = [];
      for (let i = 0; i < 200; i++) {
        const next = await rows.next();
        if (next.done) break;
        const r = next.value;
        batch.push([r.row, r.roomId, r.roomName, r.state, r.requestId, r.error]);
      }
      if (batch.length > 0) controller.enqueue(encoder.encode(`${Papa.unparse(batch, UNPARSE)}\r\n`));
      if (batch.length < 200) controller.close();
    },
    async cancel() {
      await rows.return(undefined);
    },
  });
}
