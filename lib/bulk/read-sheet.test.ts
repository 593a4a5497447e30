import { describe, expect, it } from "vitest";
import { MAX_MEMBERS, MAX_SEATS, NOW_MS, schema, words } from "@/lib/schemas/test-utils";
import { SWITCHES_OFF } from "@/lib/trtc/room-fields";
import { encodeShiftJis } from "@/tests/shift-jis";
import type { CheckedRow } from "./check-rows";
import { headerNames } from "./header-names";
import { markExistingDuplicates, nameAndStartKey } from "./duplicates";
import { readSheet, type ReadOptions, type SheetSource } from "./read-sheet";

let drawn = 0;
const OPTIONS: ReadOptions = {
  names: headerNames(),
  maxRows: 100,
  limits: { maxMembers: MAX_MEMBERS, maxSeats: MAX_SEATS, now: () => NOW_MS },
  defaults: { timeZone: "Asia/Tokyo", maxSeats: MAX_SEATS, newRoomId: () => `rd-drawn${++drawn}` },
};
const csv = (text: string): SheetSource => ({
  kind: "file",
  fileName: "week.csv",
  bytes: new TextEncoder().encode(text),
});

function read(source: SheetSource, opts: Partial<ReadOptions> = {}) {
  const result = readSheet(source, { ...OPTIONS, ...opts });
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.refusal)}`);
  return result.sheet;
}

/** Each row's problems as "column: message" in English. */
const problems = (row: CheckedRow | undefined, kind: "errors" | "warnings" = "errors") =>
  (row?.[kind] ?? []).map((i) => `${i.column}: ${words(i.message)}`);

describe("a sheet read into the schedule form's values", () => {
  it("gives each good row exactly what the schedule form would submit", () => {
    const sheet = read(
      csv(
        "Meeting name,Room ID,Owner UserID,Invitees,Date,Start time,Time zone,Duration,Disable audio for all,Enable seats,Max seats,Seat mode\n" +
          "Onboarding,onb-1,alice,bob carol,2027/4/5,9:30,Europe/Berlin,90,yes,yes,6,free to take\n",
      ),
    );
    expect(sheet.encoding).toBe("utf-8");
    expect(sheet.columns.map((c) => c.column)).toEqual([
      "roomName",
      "roomId",
      "owner",
      "invitees",
      "date",
      "time",
      "timeZone",
      "durationMinutes",
      "audioDisabled",
      "seatsEnabled",
      "maxSeatCount",
      "takeSeatMode",
    ]);
    expect(sheet.rows[0]!.errors).toEqual([]);
    expect(sheet.rows[0]!.values).toEqual(
      schema.parse({
        roomName: "Onboarding",
        roomId: "onb-1",
        owner: "alice",
        invitees: ["bob", "carol"],
        schedule: { date: "2027-04-05", time: "09:30", timeZone: "Europe/Berlin", durationMinutes: 90 },
        settings: { ...SWITCHES_OFF, audioDisabled: true },
        maxMemberCount: undefined,
        seats: { enabled: true, maxSeatCount: 6, takeSeatMode: "FreeToTake" },
        customInfo: "",
      }),
    );
  });

  it("fills what the form fills: a drawn Room ID, the page's zone, 30 minutes", () => {
    const [row] = read(csv("会議名,日付,開始時刻\n新人研修,2027-04-05,10:00\n")).rows;
    expect(row!.roomIdDrawn).toBe(true);
    expect(row!.values).toMatchObject({
      roomName: "新人研修",
      roomId: expect.stringMatching(/^rd-drawn\d+$/),
      schedule: { timeZone: "Asia/Tokyo", durationMinutes: 30 },
    });
  });

  it("names each bad row's column in the form's words, with the form's messages", () => {
    const sheet = read(
      csv(
        "Meeting name,Room ID,Date,Start time,Duration,Disable video for all,Enable seats,Max seats,Invitees\n" +
          "Good,ok-1,2027-04-05,09:00,60,,,,\n" +
          "Bad date,ok-2,05/04/2027,09:00,60,,,,\n" +
          "Too short,ok-3,2027-04-05,09:00,2,,,,\n" +
          "Bad ID,a b,2027-04-05,09:00,60,,,,\n" +
          "Switch,ok-4,2027-04-05,09:00,60,maybe,,,\n" +
          "Seats,ok-5,2027-04-05,09:00,60,,yes,99,\n" +
          "Twice,ok-6,2027-04-05,09:00,60,,,,amy amy\n" +
          "Past,ok-7,2026-12-31,09:00,60,,,,\n",
      ),
    );
    expect(sheet.rows.map((r) => [r.row, problems(r)])).toEqual([
      [1, []],
      [2, ["date: Enter the date as YYYY-MM-DD"]],
      [3, ["durationMinutes: Duration must be at least 5 minutes"]],
      [4, ["roomId: Room ID may use only letters, digits, _ and -"]],
      [5, ["videoDisabled: “maybe” is neither yes nor no: write yes or no, or leave it empty for no"]],
      [6, ["maxSeatCount: Seats: at most 20 (your package limit)"]],
      [7, ["invitees: Invitee “amy” is listed more than once"]],
      [8, ["time: The start (2026-12-31 09:00, Asia/Tokyo) is in the past"]],
    ]);
    expect(sheet.rows.filter((r) => r.values !== null).map((r) => r.row)).toEqual([1]);
  });

  it("marks a Room ID used twice in the file as an error, and the same name and start as a warning", () => {
    const sheet = read(
      csv(
        "Meeting name,Room ID,Date,Start time\n" +
          "Interview,iv-1,2027-04-05,10:00\n" +
          "Interview,iv-2,2027-04-05,10:00\n" +
          "Other,iv-1,2027-04-06,10:00\n",
      ),
    );
    expect(problems(sheet.rows[1], "warnings")).toEqual(["roomName: Same meeting name and start as row 1"]);
    expect(sheet.rows[1]!.values).not.toBeNull();
    expect(problems(sheet.rows[2])).toEqual(["roomId: Room ID iv-1 is also in row 1"]);
    expect(sheet.rows[2]!.values).toBeNull();
  });

  it("warns of a clock change on the meeting's day, and refuses a time the change skips", () => {
    const sheet = read(
      csv(
        "Meeting name,Date,Start time,Time zone\n" +
          "Spring,2027-03-28,10:00,Europe/Berlin\n" +
          "Gap,2027-03-28,02:30,Europe/Berlin\n" +
          "Overnight,2027-03-27,23:30,Europe/Berlin\n" +
          "Plain,2027-04-05,10:00,Europe/Berlin\n",
      ),
    );
    const clocks =
      "date: Clocks change in Europe/Berlin on 2027-03-28: 02:00 becomes 03:00 (UTC+01:00 → UTC+02:00). Check that the start and end are the times you mean.";
    expect(problems(sheet.rows[0], "warnings")).toEqual([clocks]);
    expect(problems(sheet.rows[1])).toEqual([
      "time: 02:30 does not exist in Europe/Berlin on 2027-03-28: clocks jump from 02:00 to 03:00.",
    ]);
    expect(problems(sheet.rows[2], "warnings")).toEqual([]);
    expect(problems(sheet.rows[3], "warnings")).toEqual([]);
    const long = read(
      csv("Meeting name,Date,Start time,Time zone,Duration\nLate,2027-03-27,23:30,Europe/Berlin,240\n"),
    );
    expect(problems(long.rows[0], "warnings")).toEqual([clocks]);
  });

  it("refuses a time that happens twice on the start time's column, naming both offsets", () => {
    const sheet = read(
      csv("Meeting name,Date,Start time,Time zone\nAutumn,2027-10-31,02:30,Europe/Berlin\n"),
    );
    expect(problems(sheet.rows[0])).toEqual([
      "time: 02:30 happens twice in Europe/Berlin on 2027-10-31: clocks go back from 03:00 to 02:00. " +
        "Choose the first (UTC+02:00) or the second (UTC+01:00).",
    ]);
    expect(sheet.rows[0]!.values).toBeNull();
  });

  it("reads a Shift_JIS file with Japanese headers and names", () => {
    const bytes = encodeShiftJis(
      "会議名,ルームID,日付,開始時刻,所要時間\n営業会議①,sales-1,2027/4/5,9:00,45\n",
    );
    const sheet = read({ kind: "file", fileName: "会議.csv", bytes });
    expect(sheet.encoding).toBe("shift_jis");
    expect(sheet.rows[0]!.values).toMatchObject({ roomName: "営業会議①", roomId: "sales-1" });
  });

  it("reads pasted cells as pasted text", () => {
    const sheet = read({ kind: "pasted", text: "会议名称\t日期\t开始时间\n周会\t2027-04-05\t09:00" });
    expect(sheet.encoding).toBe("pasted");
    expect(sheet.rows[0]!.values?.roomName).toBe("周会");
  });

  it("takes the admin's mapping for headers it does not know", () => {
    const text = "Thema,Tag,Beginn\nPlanung,2027-04-05,09:00\n";
    expect(read(csv(text)).columns.map((c) => c.column)).toEqual([null, null, null]);
    const mapped = read(csv(text), { mapping: ["roomName", "date", "time"] });
    expect(mapped.columns.map((c) => [c.column, c.recognised])).toEqual([
      ["roomName", false],
      ["date", false],
      ["time", false],
    ]);
    expect(mapped.rows[0]!.values).toMatchObject({ roomName: "Planung", schedule: { date: "2027-04-05" } });
  });

  it("refuses what it cannot read, before checking any row", () => {
    expect(readSheet(csv("Meeting name\nA\nB\n"), { ...OPTIONS, maxRows: 1 })).toEqual({
      ok: false,
      refusal: { reason: "tooManyRows", rows: 2, max: 1 },
    });
    expect(readSheet(csv("A,B\n1,2\n"), { ...OPTIONS, mapping: ["date", "date"] })).toMatchObject({
      ok: false,
      refusal: { reason: "mappedTwice" },
    });
  });
});

describe("rows against the meetings already scheduled", () => {
  it("refuses a Room ID in use and warns of the same name at the same start", () => {
    const sheet = read(
      csv(
        "Meeting name,Room ID,Date,Start time,Time zone\n" +
          "Taken,taken-1,2027-04-05,10:00,UTC\n" +
          "Busy,busy-1,2027-04-05,10:00,UTC\n" +
          "Again,new-1,2027-04-05,11:00,UTC\n" +
          "Fresh,new-2,2027-04-05,12:00,UTC\n",
      ),
    );
    const start = Date.UTC(2027, 3, 5, 11) / 1000;
    markExistingDuplicates(sheet.rows, {
      byRoomId: new Map([
        ["taken-1", "Board meeting"],
        ["busy-1", null],
      ]),
      bySeries: new Map(),
      byNameAndStart: new Map([[nameAndStartKey("Again", start), "old-7"]]),
    });
    expect(sheet.rows.map((r) => [problems(r), problems(r, "warnings")])).toEqual([
      [["roomId: Room ID taken-1 is already used by the meeting “Board meeting”"], []],
      [["roomId: Room ID busy-1 is already being scheduled"], []],
      [[], ["roomName: A meeting with this name already starts at this time (Room ID old-7)"]],
      [[], []],
    ]);
    expect(sheet.rows.map((r) => r.values !== null)).toEqual([false, false, true, true]);
  });
});
