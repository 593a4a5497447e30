import { describe, expect, it } from "vitest";
import { inviteesSchema, parseInviteeList } from "./invitees";
import { words } from "./test-utils";

describe("parseInviteeList", () => {
  it("splits on commas, semicolons, whitespace and newlines, keeping order", () => {
    expect(parseInviteeList(" alice, bob;carol\n\tdave  erin\r\n").ids).toEqual([
      "alice",
      "bob",
      "carol",
      "dave",
      "erin",
    ]);
  });

  it("splits on full-width separators from CJK input", () => {
    expect(parseInviteeList("alice，bob；carol、dave\u3000erin").ids).toEqual([
      "alice",
      "bob",
      "carol",
      "dave",
      "erin",
    ]);
  });

  it("reports duplicates once and keeps the first", () => {
    expect(parseInviteeList("alice bob alice alice bob")).toEqual({
      ids: ["alice", "bob"],
      duplicates: ["alice", "bob"],
      invalid: [],
    });
  });

  it("reports invalid IDs with the schema's message", () => {
    const parsed = parseInviteeList(`ok 日本 ${"x".repeat(33)}`);
    expect({ ...parsed, invalid: parsed.invalid.map((e) => ({ ...e, reason: words(e.reason) })) }).toEqual({
      ids: ["ok"],
      duplicates: [],
      invalid: [
        {
          id: "日本",
          reason: "Invitee “日本” may use only letters, digits, _ and -",
        },
        { id: "x".repeat(33), reason: `Invitee “${"x".repeat(33)}” is 33 bytes; the limit is 32.` },
      ],
    });
  });

  it("is empty for blank text", () => {
    expect(parseInviteeList(" ,; \n")).toEqual({ ids: [], duplicates: [], invalid: [] });
  });

  it("produces a list the schema accepts", () => {
    const { ids } = parseInviteeList("a b c a d!");
    expect(inviteesSchema.safeParse(ids).success).toBe(true);
  });
});
