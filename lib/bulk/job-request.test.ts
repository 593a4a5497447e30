import { describe, expect, it } from "vitest";
import { INTENT_ID } from "@/lib/server/meetings/schedule-meeting";
import { MAX_MEMBERS, MAX_SEATS, NOW_MS, issuesByPath, validInput } from "@/lib/schemas/test-utils";
import { bulkIntentId, makeStartBulkJobSchema } from "./job-request";

const schema = makeStartBulkJobSchema({
  maxMembers: MAX_MEMBERS,
  maxSeats: MAX_SEATS,
  now: () => NOW_MS,
  maxRows: 3,
});
const source = { fileName: "week.csv", encoding: "utf-8" } as const;
const row = (n: number, roomId = `room-${n}`) => ({ row: n, values: validInput({ roomId }) });

describe("the start-job request", () => {
  it("accepts rows the schedule form would accept", () => {
    const parsed = schema.parse({ source, rows: [row(2), row(3)] });
    expect(parsed.rows.map((r) => r.values.roomId)).toEqual(["room-2", "room-3"]);
  });

  it("re-checks every row with the schedule form's schema", () => {
    const result = schema.safeParse({
      source,
      rows: [row(1), { row: 2, values: validInput({ roomId: "a b" }) }],
    });
    expect(Object.keys(issuesByPath(result))).toEqual(["rows.1.values.roomId"]);
  });

  it("names the limit on rows, a repeated row number and an out-of-range one", () => {
    expect(issuesByPath(schema.safeParse({ source, rows: [row(1), row(2), row(3), row(4)] })).rows).toEqual([
      "A job can schedule at most 3 rows",
    ]);
    expect(issuesByPath(schema.safeParse({ source, rows: [row(4)] }))).toEqual({
      "rows.0.row": ["Row numbers are whole numbers from 1 to 3"],
    });
    expect(issuesByPath(schema.safeParse({ source, rows: [row(1), row(1, "other")] }))).toEqual({
      "rows.1.row": ["Row 1 is listed more than once"],
    });
    expect(issuesByPath(schema.safeParse({ source, rows: [] }))).toEqual({
      rows: ["Choose at least one row to schedule"],
    });
  });

  it("refuses a Room ID a second row uses, naming the first row", () => {
    const result = schema.safeParse({ source, rows: [row(1, "same"), row(2, "other"), row(3, "same")] });
    expect(issuesByPath(result)).toEqual({
      "rows.2.values.roomId": ["Room ID same is already on row 1; each meeting needs its own"],
    });
  });

  it("refuses an encoding the intake does not produce", () => {
    expect(
      Object.keys(
        issuesByPath(schema.safeParse({ source: { ...source, encoding: "latin1" }, rows: [row(1)] })),
      ),
    ).toEqual(["source.encoding"]);
  });

  it("derives intent ids the schedule action accepts", () => {
    expect(bulkIntentId(crypto.randomUUID(), 5000)).toMatch(INTENT_ID);
  });
});
