import "server-only";
import { sql, type ExpressionBuilder } from "kysely";
import type { MeetingPage, MeetingTab } from "@/lib/meetings/types";
import type { Db } from "../db";
import type { Database } from "../db/schema";
import { decodeCursor, encodeCursor } from "./meeting-cursor";
import { inviteesOf, toSummary } from "./meeting-rows";

export interface ListMeetingsQuery {
  tab: MeetingTab;
  q?: string;
  /** Unix seconds, inclusive lower bound on start. */
  fromTs?: number;
  /** Unix seconds, exclusive upper bound on start. */
  toTs?: number;
  cursor?: string | null;
  limit?: number;
  nowSeconds: number;
}

type Eb = ExpressionBuilder<Database, "meetings">;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

// lower() on both sides: SQLite's LIKE ignores ASCII case, Postgres's does not.
function matches(eb: Eb, q: string) {
  const pattern = `%${escapeLike(q.toLowerCase())}%`;
  const like = (col: string) => sql<boolean>`lower(${sql.ref(col)}) like ${pattern} escape '\\'`;
  return eb.or([
    like("meetings.room_name"),
    like("meetings.room_id"),
    like("meetings.owner_account"),
    eb.exists(
      eb
        .selectFrom("meeting_invitees")
        .select("meeting_invitees.room_id")
        .whereRef("meeting_invitees.room_id", "=", "meetings.room_id")
        .where(like("meeting_invitees.user_id")),
    ),
  ]);
}

/**
 * One page of the index, ordered by (start_time, room_id): ascending for Upcoming, newest first for Past
 * and Cancelled. Keyset pagination, so rows added while paging never shift or repeat a page.
 */
export async function listMeetings(db: Db, query: ListMeetingsQuery): Promise<MeetingPage> {
  const limit = Math.min(Math.max(query.limit ?? 25, 1), 100);
  const asc = query.tab === "upcoming";
  const dir = asc ? "asc" : "desc";
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  const q = query.q?.trim() ?? "";
  const now = query.nowSeconds;

  let qb = db.kysely.selectFrom("meetings").selectAll();
  if (query.tab === "cancelled") qb = qb.where("status", "=", "cancelled");
  else qb = qb.where("status", "=", "scheduled").where("end_time", asc ? ">" : "<=", now);
  if (query.fromTs !== undefined) qb = qb.where("start_time", ">=", query.fromTs);
  if (query.toTs !== undefined) qb = qb.where("start_time", "<", query.toTs);
  if (q !== "") qb = qb.where((eb) => matches(eb, q));
  if (after) {
    const cmp = asc ? ">" : "<";
    qb = qb.where((eb) =>
      eb.or([
        eb("start_time", cmp, after.start),
        eb.and([eb("start_time", "=", after.start), eb("room_id", cmp, after.roomId)]),
      ]),
    );
  }
  const rows = await qb
    .orderBy("start_time", dir)
    .orderBy("room_id", dir)
    .limit(limit + 1)
    .execute();

  const page = rows.slice(0, limit);
  const invitees = await inviteesOf(
    db,
    page.map((r) => r.room_id),
  );
  const last = page.at(-1);
  return {
    items: page.map((r) => toSummary(r, invitees.get(r.room_id) ?? [], now)),
    nextCursor:
      rows.length > limit && last
        ? encodeCursor({ start: Number(last.start_time), roomId: last.room_id })
        : null,
  };
}
