import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/catalogs";
import { localizeMessage } from "@/lib/i18n/localize-issue";
import { importAccountsSchema } from "./accounts";
import { banMembersSchema, marksInputSchema, nameCardInputSchema, removeMembersSchema } from "./people";

/** The People and Accounts schemas: Tencent's limits, and what the browser sends parses again on the server. */

const accounts = (n: number) => Array.from({ length: n }, (_, i) => `u${i}`);

describe("people schemas", () => {
  it("20 accounts pass, 21 are refused; a reason of 1000 bytes passes, 1001 does not", () => {
    const base = { roomId: "r", reason: "x".repeat(1000) };
    expect(removeMembersSchema.safeParse({ ...base, accounts: accounts(20) }).success).toBe(true);
    const over = removeMembersSchema.safeParse({ ...base, accounts: accounts(21) });
    const message = over.error?.issues[0]?.message ?? "";
    expect(localizeMessage(translator("en"), message)).toBe("At most 20 members at once; 21 are selected.");
    expect(localizeMessage(translator("ja"), message)).toBe(
      "一度に操作できるのは最大20人です（現在21人を選択中）。",
    );
    expect(
      removeMembersSchema.safeParse({ ...base, accounts: ["a"], reason: "x".repeat(1001) }).success,
    ).toBe(false);
    expect(banMembersSchema.safeParse({ ...base, accounts: ["a"], minutes: 0 }).success).toBe(false);
  });

  it("name card ≤ 32 bytes", () => {
    expect(
      nameCardInputSchema.safeParse({ roomId: "r", account: "a", nameCard: "é".repeat(16) }).success,
    ).toBe(true);
    expect(
      nameCardInputSchema.safeParse({ roomId: "r", account: "a", nameCard: "é".repeat(17) }).success,
    ).toBe(false);
  });

  it("marks: at least 1000, at most 3, and the parsed value parses again", () => {
    const input = { roomId: "r", accounts: ["a"], mode: "set" as const };
    const parsed = marksInputSchema.parse({ ...input, marks: "1000, 1001,1001" });
    expect(parsed.marks).toEqual([1000, 1001]);
    expect(marksInputSchema.parse(parsed).marks).toEqual([1000, 1001]);
    expect(marksInputSchema.safeParse({ ...input, marks: "999" }).success).toBe(false);
    expect(marksInputSchema.safeParse({ ...input, marks: "1000,1001,1002,1003" }).success).toBe(false);
    expect(marksInputSchema.safeParse({ ...input, accounts: accounts(11), marks: "1000" }).success).toBe(
      false,
    );
  });

  it("an account list parses from text, and again from the list it became", () => {
    const parsed = importAccountsSchema.parse({ list: "alice, bob\ncarol bob", nick: "" });
    expect(parsed.list).toEqual(["alice", "bob", "carol"]);
    expect(importAccountsSchema.parse(parsed).list).toEqual(["alice", "bob", "carol"]);
    expect(importAccountsSchema.safeParse({ list: "bad/one", nick: "" }).success).toBe(false);
    expect(importAccountsSchema.safeParse({ list: "", nick: "" }).success).toBe(false);
  });
});
