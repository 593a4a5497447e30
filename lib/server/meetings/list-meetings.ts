import "server-only";
import type { MeetingPage, MeetingTab } from "@/lib/meetings/types";
import { ROOM_LIMITS } from "@/lib/trtc/limits";
import type { Db } from "../db";
import { decodeCursor, encodeCursor } from "./meeting-cursor";
import { inviteesOf, toSummary } from "./meeting-rows";
import { isCommonSearch, matchingRoomIds, meetingMatches } from "./meeting-search";

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

/** How a search is read: from its matches, or (a common one) by walking the list and testing each meeting. */
export type SearchPath = "from-matches" | "walk";

/**
 * Where a page is read from: every meeting; with a rare search only those it matched, joined from the
 * matches (on SQLite, CROSS JOIN keeps them the outer loop), so a rare name is found without walking the
 * list. A common search walks the list itself (meetingPageQuery).
 */
function source(db: Db, q: string, path: SearchPath) {
  if (q === "" || path === "walk") return db.kysely.selectFrom("meetings");
  // Typed as the meetings alone: every column below is qualified, and only meetings' are selected.
  const fromMatches = db.kysely
    .selectFrom(matchingRoomIds(db.dialect, q).as("hit"))
    .crossJoin("meetings")
    .whereRef("meetings.room_id", "=", "hit.room_id") as unknown as ReturnType<
    typeof db.kysely.selectFrom<"meetings">
  >;
  // SQLite's FTS5 folds case across Unicode, its lower() only ASCII, and its invitee text joins accounts
  // with line breaks: each match is tested again as the walk tests it, so both paths find the same.
  return db.dialect === "sqlite" ? fromMatches.where(meetingMatches(db.dialect, q)) : fromMatches;
}

/** The SELECT behind one page (limit + 1 rows, to know whether another page follows); its plan is tested. */
export function meetingPageQuery(db: Db, query: ListMeetingsQuery, path: SearchPath = "from-matches") {
  const limit = pageSize(query);
  const asc = query.tab === "upcoming";
  const dir = asc ? "asc" : "desc";
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  const now = query.nowSeconds;

  let qb = source(db, query.q?.trim() ?? "", path).selectAll("meetings");
  if (query.tab === "cancelled") qb = qb.where("meetings.status", "=", "cancelled");
  else
    qb = qb
      .where("meetings.status", "=", "scheduled")
      .where("meetings.end_time", asc ? ">" : "<=", now)
      // The same set, bounded on the column the page walks in order: without it Upcoming steps through every
      // meeting that has ended and Past through every one still to come before the first row of the page
      // (a second at a million). A meeting that has not ended started at most Tencent's longest window ago
      // (ROOM_LIMITS, docs/trtc-api.md §2.1); one that has ended started before now.
      .where("meetings.start_time", asc ? ">" : "<", asc ? now - ROOM_LIMITS.maxDurationSeconds : now);
  if (query.fromTs !== undefined) qb = qb.where("meetings.start_time", ">=", query.fromTs);
  if (query.toTs !== undefined) qb = qb.where("meetings.start_time", "<", query.toTs);
  if (after) {
    const cmp = asc ? ">" : "<";
    qb = qb.where((eb) =>
      eb.or([
        eb("meetings.start_time", cmp, after.start),
        eb.and([eb("meetings.start_time", "=", after.start), eb("meetings.room_id", cmp, after.roomId)]),
      ]),
    );
  }
  const q = query.q?.trim() ?? "";
  if (path !== "walk" || q === "")
    return qb
      .orderBy("meetings.start_time", dir)
      .orderBy("meetings.room_id", dir)
      .limit(limit + 1);
  // A common search: the next WALK_ROWS meetings of the list in order, each tested. Capped, because a
  // search common overall can be rare in one tab; listMeetings then reads the page from the matches.
  const walked = qb
    .orderBy("meetings.start_time", dir)
    .orderBy("meetings.room_id", dir)
    .limit(WALK_ROWS)
    .as("walked");
  return db.kysely
    .selectFrom(walked)
    .selectAll()
    .where(meetingMatches(db.dialect, q, "walked"))
    .orderBy("walked.start_time", dir)
    .orderBy("walked.room_id", dir)
    .limit(limit + 1);
}

/** How far a common search walks before reading its matches instead: a few milliseconds of testing rows. */
export const WALK_ROWS = 5000;

const pageSize = (query: ListMeetingsQuery) => Math.min(Math.max(query.limit ?? 25, 1), 100);

/**
 * One page of the index, ordered by (start_time, room_id): ascending for Upcoming, newest first for Past
 * and Cancelled. Keyset pagination, so rows added while paging never shift or repeat a page.
 */
export async function listMeetings(db: Db, query: ListMeetingsQuery): Promise<MeetingPage> {
  const limit = pageSize(query);
  const q = query.q?.trim() ?? "";
  let rows =
    q !== "" && (await isCommonSearch(db, q)) ? await meetingPageQuery(db, query, "walk").execute() : null;
  // The walk found the page (and whether another follows) only when it found more than a page in its rows.
  if (!rows || rows.length <= limit) rows = await meetingPageQuery(db, query, "from-matches").execute();
  const page = rows.slice(0, limit);
  const invitees = await inviteesOf(
    db,
    page.map((r) => r.room_id),
  );
  const last = page.at(-1);
  return {
    items: page.map((r) => toSummary(r, invitees.get(r.room_id) ?? [], query.nowSeconds)),
    nextCursor:
      rows.length > limit && last
        ? encodeCursor({ start: Number(last.start_time), roomId: last.room_id })
        : null,
  };
}
