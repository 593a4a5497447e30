import { csvRow } from "@/lib/support/csv";
import { SHEET_COLUMNS } from "./columns";

/**
 * The template to fill in: a header line with every field of the schedule form, named as the form names it,
 * and one example row. A UTF-8 byte order mark first, so Excel opens Japanese and Chinese names correctly.
 */
export function templateCsv(label: (catalogKey: string) => string): string {
  return `\uFEFF${csvRow(SHEET_COLUMNS.map((c) => label(c.label)))}${csvRow(SHEET_COLUMNS.map((c) => c.example))}`;
}
