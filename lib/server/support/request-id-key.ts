import "server-only";
import { sql, type RawBuilder } from "kysely";
import type { Dialect } from "../db/dialect";

// Above every character a RequestId can hold, so [p, p + MAX) is "starts with p" as a range in byte order.
const MAX_CHAR = "\uffff";

/**
 * The indexed form of a RequestId (migration 006): lowercased, so a RequestId pasted in any case finds
 * its row, and compared in byte order on both engines. Postgres needs COLLATE "C" for that: under the
 * database's own collation a range of text need not be the set of strings sharing a prefix.
 */
const key = (dialect: Dialect): RawBuilder<string> =>
  dialect === "postgres" ? sql<string>`lower(request_id) collate "C"` : sql<string>`lower(request_id)`;

export const requestIdEquals = (dialect: Dialect, requestId: string) =>
  sql<boolean>`${key(dialect)} = ${requestId.toLowerCase()}`;

export function requestIdStartsWith(dialect: Dialect, prefix: string) {
  const low = prefix.toLowerCase();
  return sql<boolean>`${key(dialect)} >= ${low} and ${key(dialect)} < ${low + MAX_CHAR}`;
}
