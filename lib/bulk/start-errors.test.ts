import { describe, expect, it } from "vitest";
import { MAX_MEMBERS, MAX_SEATS, NOW_MS, validInput, words } from "@/lib/schemas/test-utils";
import { makeStartBulkJobSchema } from "./job-request";
import { startErrors } from "./start-errors";

const schema = makeStartBulkJobSchema({
  maxMembers: MAX_MEMBERS,
  maxSeats: MAX_SEATS,
  now: () => NOW_MS,
  maxRows: 50,
});

describe("start errors", () => {
  it("names each bad row by its sheet row and the form's field, in words", () => {
    const raw = {
      source: { fileName: "week.csv", encoding: "utf-8" },
      rows: [
        { row: 7, values: validInput({ roomId: "ok-7" }) },
        { row: 12, values: validInput({ roomId: "bad id" }) },
        { row: 12, values: validInput({ roomId: "ok-12" }) },
      ],
    };
    const result = schema.safeParse(raw);
    expect(startErrors(result.error!, raw, words)).toEqual([
      { row: 12, field: "roomId", message: "Room ID may use only letters, digits, _ and -" },
      { row: 12, field: "row", message: "Row 12 is listed more than once" },
    ]);
  });

  it("puts problems of the request itself on row 0", () => {
    const raw = { source: { fileName: "x.csv", encoding: "latin1" }, rows: [] };
    const errors = startErrors(schema.safeParse(raw).error!, raw, words);
    expect(errors.map((e) => [e.row, e.field])).toEqual([
      [0, "source.encoding"],
      [0, "rows"],
    ]);
  });
});
