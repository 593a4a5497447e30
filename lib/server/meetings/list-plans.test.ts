import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINES, openTestDb, type TestDb } from "@/tests/db-engines";
import { seedMeeting } from "@/tests/meeting-fixtures";
import { queryPlan } from "@/tests/query-plan";
import { meetingPageQuery, type ListMeetingsQuery, type SearchPath } from "./list-meetings";
import { encodeCursor } from "./meeting-cursor";

const NOW = 1_900_000_000;

/** Every list and search the meetings page can ask for. */
const QUERIES: [string, Omit<ListMeetingsQuery, "nowSeconds">][] = [
  ["Upcoming", { tab: "upcoming" }],
  ["Past", { tab: "past" }],
  ["Cancelled", { tab: "cancelled" }],
  ["a later page", { tab: "past", cursor: encodeCursor({ start: NOW - 3600, roomId: "m-1" }) }],
  ["a start range", { tab: "upcoming", fromTs: NOW, toTs: NOW + 86_400 }],
  ["a search inside the text", { tab: "upcoming", q: "planning" }],
  ["a search in Japanese", { tab: "past", q: "定例会" }],
  ["a two-letter search", { tab: "upcoming", q: "pl" }],
  [
    "a search on a later page",
    { tab: "cancelled", q: "alice", cursor: encodeCursor({ start: NOW, roomId: "m" }) },
  ],
];

const planOf = (db: TestDb, query: ListMeetingsQuery, path?: SearchPath) =>
  queryPlan(db, meetingPageQuery(db, query, path).compile());

/**
 * The steps that read every meeting or invitee: a table scan, or (with a search) a walk through all
 * meetings in start order testing each one, which is no better at a million.
 */
function fullScans(plan: string[], searching: boolean): string[] {
  return plan.filter(
    (step) =>
      /^SCAN (meetings|meeting_invitees)\b|Seq Scan on (meetings|meeting_invitees)\b/.test(step) ||
      (searching && /^SEARCH meetings USING INDEX meetings_status_start/.test(step)),
  );
}

/** A search is served by its own indexes (migration 011): FTS5 on SQLite, pg_trgm, or the prefix b-trees. */
const SEARCH_INDEX = /meeting_search VIRTUAL TABLE|_trgm\b|_prefix\b/;

/** A walk through the list index that starts at now (list-meetings.ts), on either engine. */
const BOUNDED =
  /meetings_status_start \(status=\? AND start_time[<>]\?\)|Index Cond: \(\(status = 'scheduled'::text\) AND \(start_time [<>]/;

describe.each(ENGINES)("meeting list and search plans on %s", (engine) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await openTestDb(engine);
    for (let i = 0; i < 20; i++)
      await seedMeeting(db, {
        roomId: `m-${i}`,
        name: i % 2 ? "Quarterly planning" : "週次定例会議",
        start: NOW + (i - 10) * 3600,
        invitees: ["alice", `guest-${i}`],
      });
  });
  afterAll(() => db.dispose());

  it.each(QUERIES)("%s reads through an index, never every meeting", async (_name, query) => {
    const plan = await planOf(db, { ...query, nowSeconds: NOW });
    expect(fullScans(plan, !!query.q)).toEqual([]);
    if (query.q) expect(plan.some((step) => SEARCH_INDEX.test(step))).toBe(true);
  });

  it.each(["upcoming", "past"] as const)(
    "a common search on %s walks from now through the index, testing each meeting, never a table scan",
    async (tab) => {
      const plan = await planOf(db, { tab, q: "planning", nowSeconds: NOW }, "walk");
      expect(fullScans(plan, false)).toEqual([]);
      expect(plan.join("\n")).toMatch(BOUNDED);
    },
  );

  it.each(["upcoming", "past"] as const)(
    "%s starts its walk at now: the index range is bounded on start time, not every scheduled meeting",
    async (tab) => {
      const plan = await planOf(db, { tab, nowSeconds: NOW });
      const bounded =
        /meetings_status_start \(status=\? AND start_time[<>]\?\)|Index Cond: \(\(status = 'scheduled'::text\) AND \(start_time [<>]/;
      expect(plan.join("\n")).toMatch(bounded);
    },
  );
});
