import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/catalogs";
import { localizeMessage } from "@/lib/i18n/localize-issue";
import { seedMeeting } from "@/tests/meeting-fixtures";
import { ENGINES, openTestDb, type TestDb } from "@/tests/db-engines";
import { encodeShiftJis } from "@/tests/shift-jis";
import { seriesRequest, seriesSchema } from "@/tests/series";
import { createSeries } from "../series/create-series";
import { dryRunSheet } from "./dry-run";

const NOW_MS = Date.UTC(2027, 0, 1, 12);
const START = Date.UTC(2027, 3, 5, 1) / 1000; // 2027-04-05 10:00 in Tokyo
const ja = translator("ja");
const word = (message: string) => localizeMessage(ja, message);

describe.each(ENGINES)("the dry run on %s", (engine) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await openTestDb(engine);
    await seedMeeting(db, { roomId: "taken-1", name: "定例会", start: START, timeZone: "Asia/Tokyo" });
    const now = new Date(NOW_MS).toISOString();
    await db.kysely
      .insertInto("schedule_intents")
      .values({
        intent_id: "intent-pending-1",
        room_id: "pending-1",
        actor_id: "admin",
        body_hash: "x",
        status: "pending",
        outcome: null,
        created_at: now,
        updated_at: now,
        lease_owner: null,
        lease_until: null,
        request: null,
        start_time: START,
      })
      .execute();
  });
  afterAll(() => db.dispose());

  it("checks a Shift_JIS sheet against the index and words every problem in the admin's language", async () => {
    const text =
      "会議名,ルームID,日付,開始時刻\n" +
      "研修,new-1,2027/4/5,11:00\n" +
      "別件,taken-1,2027/4/5,12:00\n" +
      "準備,pending-1,2027/4/5,13:00\n" +
      "定例会,new-2,2027/4/5,10:00\n" +
      "壊れた,new-3,2027/13/5,10:00\n";
    const outcome = await dryRunSheet(
      { db, limits: { maxMembers: 100, maxSeats: 20 }, now: () => NOW_MS },
      { source: { kind: "file", fileName: "研修.csv", bytes: encodeShiftJis(text) }, timeZone: "Asia/Tokyo" },
      word,
    );
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.refusal));
    const { result } = outcome;
    expect(result.source).toEqual({ fileName: "研修.csv", encoding: "shift_jis" });
    expect(result.summary).toEqual({ rows: 5, ready: 1, withWarnings: 1, withErrors: 3 });
    expect(
      result.rows.map((r) => [
        r.row,
        r.status,
        [...r.errors, ...r.warnings].map((i) => `${i.column}: ${i.message}`),
      ]),
    ).toEqual([
      [1, "ready", []],
      [2, "error", ["roomId: ルームID taken-1 はすでに会議「定例会」で使われています"]],
      [3, "error", ["roomId: ルームID pending-1 はすでに予約処理中です"]],
      [4, "warning", ["roomName: 同じ名前の会議がすでにこの時刻に始まります（ルームID taken-1）"]],
      [5, "error", [`date: ${word(ja("validation.notACalendarDay", { date: "2027-13-05" }))}`]],
    ]);
    expect(result.rows[0]!.values).toMatchObject({ roomName: "研修", roomId: "new-1" });
    expect(result.rows[0]!.cells).toBeUndefined();
    expect(result.rows[1]!.cells).toMatchObject({ roomId: "taken-1" });
  });

  it("refuses a row whose Room ID a series keeps for one of its days, naming the series", async () => {
    const deps = { db, now: () => NOW_MS };
    const request = seriesRequest(
      { date: "2027-04-05", time: "10:00", timeZone: "Asia/Tokyo" },
      { frequency: "daily", count: 2 },
      "kept",
    );
    const series = await createSeries(deps, { id: "admin", role: "admin" }, seriesSchema.parse(request));
    expect(series.kind).toBe("created");
    const text =
      "会議名,ルームID,日付,開始時刻\n研修,kept-20270406,2027/4/6,11:00\n研修,kept-2,2027/4/6,12:00\n";
    const outcome = await dryRunSheet(
      { ...deps, limits: { maxMembers: 100, maxSeats: 20 } },
      { source: { kind: "file", fileName: "研修.csv", bytes: encodeShiftJis(text) }, timeZone: "Asia/Tokyo" },
      word,
    );
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.refusal));
    expect(
      outcome.result.rows.map((r) => [r.status, r.errors.map((i) => `${i.column}: ${i.message}`)]),
    ).toEqual([
      [
        "error",
        ["roomId: ルームID kept-20270406 は会議シリーズ「Stand-up」が日程の一つのために確保しています"],
      ],
      ["ready", []],
    ]);
  });

  it("answers a refusal instead of rows when the sheet cannot be read", async () => {
    const outcome = await dryRunSheet(
      { db, limits: { maxMembers: 100, maxSeats: 20 }, now: () => NOW_MS },
      { source: { kind: "pasted", text: "会議名\nA\nB\nC\n" }, timeZone: "UTC" },
      word,
      { maxRows: 2 },
    );
    expect(outcome).toEqual({ ok: false, refusal: { reason: "tooManyRows", rows: 3, max: 2 } });
  });
});
