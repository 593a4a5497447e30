import { describe, expect, it } from "vitest";
import { isFreshSignIn } from "./fresh-sign-in";

const at = (iso: string) => ({ id: "u", role: "admin" as const, signedInAt: iso });
const now = Date.parse("2027-01-01T12:00:00Z");

describe("fresh sign-in for account changes", () => {
  it("accepts a sign-in within the window and refuses an older one", () => {
    expect(isFreshSignIn(at("2027-01-01T11:45:00Z"), 15, now)).toBe(true);
    expect(isFreshSignIn(at("2027-01-01T11:44:59Z"), 15, now)).toBe(false);
  });

  it("refuses an actor without a known sign-in time, or one from the future", () => {
    expect(isFreshSignIn({ id: "u", role: "admin" }, 15, now)).toBe(false);
    expect(isFreshSignIn(at("2027-01-01T12:05:00Z"), 15, now)).toBe(false);
  });
});
