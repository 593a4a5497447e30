import { SHEET_COLUMN_KEYS, type SheetColumnKey } from "./columns";

/** Every name a column's header may have, in any of the languages; see header-names.ts. */
export type HeaderNames = Record<SheetColumnKey, readonly string[]>;

/** One column of the sheet: what its header says and the form field it feeds (null: not used). */
export type ColumnMapping = Array<SheetColumnKey | null>;

/**
 * Headers compared the way people write them: full-width letters and digits folded (NFKC turns "ＩＤ" into
 * "ID" and "（分）" into "(分)"), case ignored, spaces and punctuation such as "_", "-", "・" and brackets
 * dropped, so "Room ID", "room_id", "RoomId" and "ルーム ID" all read alike.
 */
export const normalizeHeader = (header: string): string =>
  header
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s_\-‐・･.()[\]{}:*"'「」【】]/gu, "");

/** The field each header names; a second header naming the same field is left unused (the first wins). */
export function recognizeHeaders(headers: readonly string[], names: HeaderNames): ColumnMapping {
  const lookup = new Map<string, SheetColumnKey>();
  for (const key of SHEET_COLUMN_KEYS) {
    for (const name of [key, ...names[key]]) {
      const normal = normalizeHeader(name);
      if (normal !== "" && !lookup.has(normal)) lookup.set(normal, key);
    }
  }
  const taken = new Set<SheetColumnKey>();
  return headers.map((header) => {
    const key = lookup.get(normalizeHeader(header));
    if (!key || taken.has(key)) return null;
    taken.add(key);
    return key;
  });
}

export type MappingRefusal =
  | { reason: "mappingLength"; columns: number; given: number }
  | { reason: "mappedTwice"; column: SheetColumnKey; indexes: [number, number] };

/**
 * The admin's own choice per column wins over recognition. The manual mapping lists one entry per column
 * of the sheet: a field's key, or null for "not used". It is refused when it no longer fits the sheet (a
 * different file) or feeds one field from two columns.
 */
export function applyMapping(
  recognised: ColumnMapping,
  manual: ColumnMapping | undefined,
): { ok: true; mapping: ColumnMapping } | { ok: false; refusal: MappingRefusal } {
  if (!manual) return { ok: true, mapping: recognised };
  if (manual.length !== recognised.length)
    return {
      ok: false,
      refusal: { reason: "mappingLength", columns: recognised.length, given: manual.length },
    };
  const firstAt = new Map<SheetColumnKey, number>();
  for (const [index, key] of manual.entries()) {
    if (key === null) continue;
    const earlier = firstAt.get(key);
    if (earlier !== undefined)
      return { ok: false, refusal: { reason: "mappedTwice", column: key, indexes: [earlier, index] } };
    firstAt.set(key, index);
  }
  return { ok: true, mapping: manual };
}
