import "server-only";
import { sql, type RawBuilder, type SqlBool } from "kysely";
import { searchKind } from "@/lib/meetings/search";
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
export function matchingRoomIds(dialect: Dialect, q: string): RawBuilder<{ room_id: string }> {
  const lower = q.toLowerCase();
  if (searchKind(q) === "substring") {
    if (dialect === "sqlite") {
      // One FTS5 phrase: with the trigram tokenizer, the rows holding `q` anywhere, any case.
      const phrase = `"${q.replace(/"/g, '""')}"`;
      return sql`(select room_id from meeting_search where meeting_search match ${phrase})`;
    }
    const pattern = `%${escapeLike(lower)}%`;
    const like = (column: string) => sql<SqlBool>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`;
    return sql`(select room_id from meetings where ${like("room_name")} or ${like("room_id")} or ${like("owner_account")}
      union select room_id from meeting_invitees where ${like("user_id")})`;
  }
  const collate = sql.raw(dialect === "postgres" ? ` collate "C"` : "");
  const from = (column: string) =>
    sql<SqlBool>`lower(${sql.ref(column)})${collate} >= ${lower} and lower(${sql.ref(column)})${collate} < ${lower + TOP}`;
  return sql`(select room_id from meetings where ${from("room_name")}
    union select room_id from meetings where ${from("room_id")}
    union select room_id from meetings where ${from("owner_account")}
    union select room_id from meeting_invitees where ${from("user_id")})`;
}
