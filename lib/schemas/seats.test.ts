import { describe, expect, it } from "vitest";
import { issuesByPath, MAX_MEMBERS, schema, validInput } from "./test-utils";

type Input = ReturnType<typeof validInput>;
const parse = (patch: Partial<Input>) => issuesByPath(schema.safeParse(validInput(patch)));

describe("seats", () => {
  it.each([
    [1, {}],
    [20, {}],
    [0, { "seats.maxSeatCount": ["Seats: at least 1"] }],
    [21, { "seats.maxSeatCount": ["Seats: at most 20 (your package limit)"] }],
    [2.5, { "seats.maxSeatCount": ["Seats: a whole number"] }],
    [NaN, { "seats.maxSeatCount": ["Seats: enter how many (1–20)"] }],
  ])("enabled with %d seats → %j", (maxSeatCount, expected) => {
    expect(parse({ seats: { enabled: true, maxSeatCount, takeSeatMode: "FreeToTake" } })).toEqual(expected);
  });

  it("needs a mode when enabled", () => {
    expect(parse({ seats: { enabled: true, maxSeatCount: 4 } })).toEqual({
      "seats.takeSeatMode": ["Seats: choose whether people take a seat freely or on request"],
    });
  });

  it("reports a missing count even when the mode is also wrong", () => {
    const input = validInput();
    const bad = { ...input, seats: { enabled: true, maxSeatCount: NaN, takeSeatMode: "Sometimes" } };
    expect(Object.keys(issuesByPath(schema.safeParse(bad))).sort()).toEqual([
      "seats.maxSeatCount",
      "seats.takeSeatMode",
    ]);
  });

  it("ignores count and mode when disabled and drops them from the output", () => {
    const result = schema.safeParse(validInput({ seats: { enabled: false, maxSeatCount: 99 } }));
    expect(result.success && result.data.seats).toEqual({ enabled: false });
  });
});

describe("max members", () => {
  it(`1 and ${MAX_MEMBERS} pass, 0 and ${MAX_MEMBERS + 1} fail`, () => {
    expect(parse({ maxMemberCount: 1 })).toEqual({});
    expect(parse({ maxMemberCount: MAX_MEMBERS })).toEqual({});
    expect(parse({ maxMemberCount: 0 })).toEqual({ maxMemberCount: ["Max members: at least 1"] });
    expect(parse({ maxMemberCount: MAX_MEMBERS + 1 })).toEqual({
      maxMemberCount: [`Max members: at most ${MAX_MEMBERS} (your package limit)`],
    });
  });

  it("an empty number input (NaN) or JSON null means not set", () => {
    for (const maxMemberCount of [NaN, null, undefined]) {
      const result = schema.safeParse(validInput({ maxMemberCount }));
      expect(result.success && result.data.maxMemberCount).toBeUndefined();
    }
  });
});
