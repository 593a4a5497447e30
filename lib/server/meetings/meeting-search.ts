import "server-only";
import { sql, type RawBuilder, type SqlBool } from "kysely";
import { searchKind } from "@/lib/meetings/search";
import type { Db } from "../db";
import type { Dialect } from "../db/dialect";

/** Above every character, so `[q, q + TOP)` in byte order is exactly the strings starting with q. */
const TOP = "\u{10FFFF}";

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The Room IDs of the meetings whose name, Room ID, owner or one of whose invitees contains `q` (three
 * characters or more) or starts with it (fewer), case-insensitively, each once. Every part is read through
 * its own index (lib/server/db/migrations/011-meeting-search.ts), never a scan of every meeting; the list
 * then starts from these rows (list-meetings.ts).
 */
export function matchingRoomIds(
  dialect: Dialect,
  q: string,
  { all = false }: { all?: boolean } = {},
): RawBuilder<{ room_id: string }> {
  const lower = q.toLowerCase();
  // Counting needs no set: `union all` lets the count stop at its cap instead of collecting every match.
  const union = sql.raw(all ? "union all" : "union");
  if (searchKind(q) === "substring") {
    if (dialect === "sqlite") {
      // One FTS5 phrase: with the trigram tokenizer, the rows holding `q` anywhere, any case.
      const phrase = `"${q.replace(/"/g, '""')}"`;
      return sql`(select room_id from meeting_search where meeting_search match ${phrase})`;
    }
    const pattern = `%${escapeLike(lower)}%`;
    const like = (column: string) => sql<SqlBool>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`;
    return sql`(select room_id from meetings where ${like("room_name")} or ${like("room_id")} or ${like("owner_account")}
      ${union} select room_id from meeting_invitees where ${like("user_id")})`;
  }
  const collate = sql.raw(dialect === "postgres" ? ` collate "C"` : "");
  const from = (column: string) =>
    sql<SqlBool>`lower(${sql.ref(column)})${collate} >= ${lower} and lower(${sql.ref(column)})${collate} < ${lower + TOP}`;
  return sql`(select room_id from meetings where ${from("room_name")}
    ${union} select room_id from meetings where ${from("room_id")}
    ${union} select room_id from meetings where ${from("owner_account")}
    ${union} select room_id from meeting_invitees where ${from("user_id")})`;
}

/**
 * At least this many matches make a search common: a page of them is then found sooner by walking the
 * list in its order and testing each meeting (`meetingMatches`) than by reading every match and sorting.
 * Measured at a million meetings (npm run bench:search): reading a match costs about half what testing a
 * walked row does, so the two cost the same near 7,000 matches; below that, matches are read.
 */
export const COMMON_SEARCH_MATCHES = 5000;

/** Whether `q` matches at least COMMON_SEARCH_MATCHES meetings, counted through the search indexes. */
export async function isCommonSearch(db: Db, q: string): Promise<boolean> {
  const { rows } = await sql<{
    n: number | string;
  }>`select count(*) as n from (select 1 from ${matchingRoomIds(db.dialect, q, {
    all: true,
  })} as hit limit ${COMMON_SEARCH_MATCHES}) as capped`.execute(db.kysely);
  return Number(rows[0]?.n ?? 0) >= COMMON_SEARCH_MATCHES;
}

/** The same match as `matchingRoomIds`, tested on one meeting row: for walking a list in order. */
export function meetingMatches(dialect: Dialect, q: string, table = "meetings"): RawBuilder<SqlBool> {
  const lower = q.toLowerCase();
  const test =
    searchKind(q) === "substring"
      ? (column: string) =>
          sql<SqlBool>`lower(${sql.ref(column)}) like ${`%${escapeLike(lower)}%`} escape '\\'`
      : (column: string) => {
          const c = sql.raw(dialect === "postgres" ? ` collate "C"` : "");
          return sql<SqlBool>`lower(${sql.ref(column)})${c} >= ${lower} and lower(${sql.ref(column)})${c} < ${lower + TOP}`;
        };
  return sql<SqlBool>`(${test(`${table}.room_name`)} or ${test(`${table}.room_id`)}
    or coalesce(${test(`${table}.owner_account`)}, false)
    or exists (select 1 from meeting_invitees as i where i.room_id = ${sql.ref(`${table}.room_id`)} and ${test("i.user_id")}))`;
}
