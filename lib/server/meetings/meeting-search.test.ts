import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINES, openTestDb, type TestDb } from "@/tests/db-engines";
import { seedMeeting } from "@/tests/meeting-fixtures";
import { listMeetings, meetingPageQuery } from "./list-meetings";
import { COMMON_SEARCH_MATCHES, isCommonSearch } from "./meeting-search";

const NOW = 1_900_000_000;
const HOUR = 3600;

describe.each(ENGINES)("rare and common searches on %s", (engine) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await openTestDb(engine);
    const names = [
      "Weekly standup",
      "Design review",
      "週次定例会議",
      "客户沟通",
      "Hiring loop",
      "Réunion d'équipe",
    ];
    for (let i = 0; i < 30; i++)
      await seedMeeting(db, {
        roomId: `rd-${i}`,
        name: `${names[i % names.length]} ${i}`,
        owner: `owner_${i % 4}`,
        start: NOW + (i - 15) * HOUR,
        status: i % 7 === 0 ? "cancelled" : "scheduled",
        invitees: [`alice_${i % 3}`, "bob"],
      });
    // Enough meetings named alike to make "Training" a common search; inserted a thousand at a time.
    const at = new Date().toISOString();
    for (let from = 0; from < COMMON_SEARCH_MATCHES; from += 1000)
      await db.kysely
        .insertInto("meetings")
        .values(
          Array.from({ length: 1000 }, (_, k) => {
            const i = from + k;
            return {
              room_id: `bulk-${i}`,
              room_name: `Training ${i}`,
              owner_account: null,
              start_time: NOW + (i - 500) * 60,
              end_time: NOW + (i - 500) * 60 + 1800,
              time_zone: "UTC",
              settings: "{}",
              status: "scheduled",
              source: "scheduled",
              created_by: "test",
              created_at: at,
              updated_at: at,
            };
          }),
        )
        .execute();
  });
  afterAll(() => db.dispose());

  it("counts a search as common from the threshold on, through the indexes", async () => {
    expect(await isCommonSearch(db, "Training")).toBe(true);
    expect(await isCommonSearch(db, "Tr")).toBe(true);
    expect(await isCommonSearch(db, "standup")).toBe(false);
    expect(await isCommonSearch(db, "Training 999")).toBe(false);
  });

  it.each(["upcoming", "past", "cancelled"] as const)(
    "on %s, walking the list finds exactly what reading the matches finds",
    async (tab) => {
      for (const q of [
        "standup",
        "REVIEW",
        "定例会",
        "owner_2",
        "alice_1",
        "bob",
        "Tr",
        "ra",
        "we",
        "rd-1",
        "Training 9",
        "équipe",
        "ÉQUIPE",
        "alice_1\nbob",
      ]) {
        const query = { tab, q, nowSeconds: NOW, limit: 100 };
        const fromMatches = await meetingPageQuery(db, query, "from-matches").execute();
        const walked = await meetingPageQuery(db, query, "walk").execute();
        expect(
          walked.map((r) => r.room_id),
          `${tab} "${q}"`,
        ).toEqual(fromMatches.map((r) => r.room_id));
      }
    },
  );

  it("a search common overall but rare in a tab still finds its meetings there", async () => {
    await seedMeeting(db, {
      roomId: "tr-cancelled",
      name: "Training, cancelled",
      start: NOW,
      status: "cancelled",
    });
    const page = await listMeetings(db, { tab: "cancelled", q: "training", nowSeconds: NOW });
    expect(page.items.map((m) => m.roomId)).toEqual(["tr-cancelled"]);
    expect(page.nextCursor).toBeNull();
  });

  it("pages a common search by keyset: every match once, in order", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof listMeetings>> = await listMeetings(db, {
        tab: "upcoming",
        q: "training",
        nowSeconds: NOW,
        limit: 100,
        cursor,
      });
      seen.push(...page.items.map((m) => m.roomId));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.length).toBe(new Set(seen).size);
    // Upcoming: those not yet ended at NOW (end = start + 30 min).
    expect(seen.length).toBe(
      Array.from({ length: COMMON_SEARCH_MATCHES }, (_, i) => (i - 500) * 60 + 1800).filter((e) => e > 0)
        .length,
    );
  });
});
