import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINES, openTestDb, type TestDb } from "@/tests/db-engines";
import { listMeetings, type ListMeetingsQuery } from "./list-meetings";
import { seedMeeting } from "@/tests/meeting-fixtures";

const NOW = 1_900_000_000;
const HOUR = 3600;

async function collect(db: TestDb, query: Omit<ListMeetingsQuery, "nowSeconds">) {
  const seen: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page = await listMeetings(db, { ...query, cursor, nowSeconds: NOW });
    seen.push(...page.items.map((m) => m.roomId));
    cursor = page.nextCursor;
    pages++;
  } while (cursor && pages < 100);
  return { seen, pages };
}

describe.each(ENGINES)("listMeetings on %s", (engine) => {
  let db: TestDb;
  const upcomingOrder: string[] = [];

  beforeAll(async () => {
    db = await openTestDb(engine);
    // 23 upcoming meetings, several sharing a start time so room_id must break ties across page edges.
    const upcoming = Array.from({ length: 23 }, (_, i) => ({
      roomId: `up-${String((i * 7) % 23).padStart(2, "0")}`,
      start: NOW + HOUR * (1 + Math.floor(i / 3)),
    }));
    for (const m of upcoming) await seedMeeting(db, m);
    upcomingOrder.push(
      ...[...upcoming]
        .sort((a, b) => a.start - b.start || (a.roomId < b.roomId ? -1 : 1))
        .map((m) => m.roomId),
    );
    await seedMeeting(db, { roomId: "live-1", start: NOW - 600, end: NOW + 600 });
    upcomingOrder.unshift("live-1");
    for (let i = 0; i < 7; i++) await seedMeeting(db, { roomId: `past-${i}`, start: NOW - HOUR * (i + 2) });
    await seedMeeting(db, { roomId: "gone-1", start: NOW + HOUR, status: "cancelled" });
    await seedMeeting(db, {
      roomId: "rd-findme",
      name: "Budget Review",
      start: NOW + 100 * HOUR,
      owner: "Owner_Zed",
      invitees: ["alice", "bob_smith"],
    });
    upcomingOrder.push("rd-findme");
  });
  afterAll(() => db.dispose());

  const found = async (q: string) =>
    (await listMeetings(db, { tab: "upcoming", q, nowSeconds: NOW })).items.map((m) => m.roomId);

  it("pages Upcoming by keyset: every meeting exactly once, in start order", async () => {
    const { seen, pages } = await collect(db, { tab: "upcoming", limit: 4 });
    expect(pages).toBeGreaterThan(5);
    expect(seen).toEqual(upcomingOrder);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it("Past is newest first and Cancelled holds only cancelled meetings", async () => {
    const past = await collect(db, { tab: "past", limit: 3 });
    expect(past.seen).toEqual(["past-0", "past-1", "past-2", "past-3", "past-4", "past-5", "past-6"]);
    const cancelled = await listMeetings(db, { tab: "cancelled", nowSeconds: NOW });
    expect(cancelled.items.map((m) => [m.roomId, m.phase])).toEqual([["gone-1", "cancelled"]]);
  });

  it("keeps a meeting of Tencent's longest window in Upcoming until it ends, then files it under Past", async () => {
    // Far after every other meeting here, so the lists the other tests read are unchanged.
    const now = NOW + 1000 * HOUR;
    const start = now - 24 * HOUR + 60;
    await seedMeeting(db, { roomId: "long-day", start, end: start + 24 * HOUR });
    const list = async (tab: "upcoming" | "past", at: number) =>
      (await listMeetings(db, { tab, q: "long-day", nowSeconds: at })).items.map((m) => m.roomId);
    expect(await list("upcoming", now)).toEqual(["long-day"]);
    expect(await list("past", now)).toEqual([]);
    expect(await list("upcoming", now + 120)).toEqual([]);
    expect(await list("past", now + 120)).toEqual(["long-day"]);
  });

  it("derives live from the clock", async () => {
    const page = await listMeetings(db, { tab: "upcoming", limit: 1, nowSeconds: NOW });
    expect(page.items[0]).toMatchObject({ roomId: "live-1", phase: "live" });
  });

  it.each([
    ["an invitee", "BOB_S"],
    ["the owner", "owner_zed"],
    ["the name", "budget rev"],
    ["the RoomId", "FINDME"],
  ])("finds a meeting by %s, case-insensitively", async (_, q) => {
    const page = await listMeetings(db, { tab: "upcoming", q, nowSeconds: NOW });
    expect(page.items.map((m) => m.roomId)).toEqual(["rd-findme"]);
    expect(page.items[0]!.invitees).toEqual(["alice", "bob_smith"]);
  });

  it("treats % and _ in a search literally", async () => {
    expect((await listMeetings(db, { tab: "upcoming", q: "%", nowSeconds: NOW })).items).toEqual([]);
    // Unescaped, "a_i" would match "alice".
    expect((await listMeetings(db, { tab: "upcoming", q: "a_i", nowSeconds: NOW })).items).toEqual([]);
    const literal = await listMeetings(db, { tab: "upcoming", q: "b_s", nowSeconds: NOW });
    expect(literal.items.map((m) => m.roomId)).toEqual(["rd-findme"]);
  });

  it("matches one or two characters at the start of a name, Room ID, owner or invitee", async () => {
    expect(await found("Bu")).toEqual(["rd-findme"]);
    expect(await found("rd")).toEqual(["rd-findme"]);
    expect(await found("ow")).toEqual(["rd-findme"]);
    expect(await found("BO")).toEqual(["rd-findme"]);
    // Inside a word it takes three: "ev" is in "Review", but only "evi" finds it.
    expect(await found("ev")).toEqual([]);
    expect(await found("evi")).toEqual(["rd-findme"]);
  });

  it("finds names in any script, and a search with quotes or operators is only text", async () => {
    await seedMeeting(db, { roomId: "jp-weekly", name: "週次定例会議", start: NOW + 200 * HOUR });
    expect(await found("定例会")).toEqual(["jp-weekly"]);
    expect(await found("週次")).toEqual(["jp-weekly"]);
    for (const q of ['a"b', "NOT alice", "*", "alice OR bob", "(x"])
      await expect(found(q)).resolves.toEqual([]);
  });

  it("follows renames, new owners and changed invitees", async () => {
    await seedMeeting(db, {
      roomId: "rd-rename",
      name: "Old title",
      start: NOW + 300 * HOUR,
      invitees: ["carol"],
    });
    await db.kysely
      .updateTable("meetings")
      .set({ room_name: "Quarterly planning", owner_account: "dave_owner" })
      .where("room_id", "=", "rd-rename")
      .execute();
    await db.kysely.deleteFrom("meeting_invitees").where("room_id", "=", "rd-rename").execute();
    await db.kysely
      .insertInto("meeting_invitees")
      .values({ room_id: "rd-rename", user_id: "erin", position: 0 })
      .execute();
    expect(await found("old title")).toEqual([]);
    expect(await found("carol")).toEqual([]);
    expect(await found("rly plan")).toEqual(["rd-rename"]);
    expect(await found("ve_own")).toEqual(["rd-rename"]);
    expect(await found("erin")).toEqual(["rd-rename"]);
  });

  it("limits to a start range and pages inside it", async () => {
    const { seen } = await collect(db, {
      tab: "upcoming",
      fromTs: NOW + 2 * HOUR,
      toTs: NOW + 4 * HOUR,
      limit: 2,
    });
    expect(seen).toEqual(upcomingOrder.filter((id) => id.startsWith("up-")).slice(3, 9));
  });
});
