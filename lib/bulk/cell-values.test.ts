import { describe, expect, it } from "vitest";
import { words } from "@/lib/schemas/test-utils";
import { readDate, readList, readNumber, readSeatMode, readTime, readYesNo } from "./cell-values";

describe("reading cells as spreadsheets write them", () => {
  it("reads dates from Excel in Japan and elsewhere into the form's YYYY-MM-DD", () => {
    expect(
      ["2027-04-05", "2027/4/5", "2027.04.05", "２０２７/０４/０５", "2027年4月5日"].map(readDate),
    ).toEqual(Array(5).fill("2027-04-05"));
    expect(readDate("5/4/2027")).toBe("5/4/2027");
  });

  it("reads H:MM and HH:MM:00 as the form's HH:MM, and leaves seconds it would drop", () => {
    expect(["9:30", "09:30", "09:30:00", "９：３０"].map(readTime)).toEqual(Array(4).fill("09:30"));
    expect(readTime("09:30:15")).toBe("09:30:15");
  });

  it("reads numbers, leaves words for the schema and an empty cell unset", () => {
    expect(readNumber(" 60 ")).toBe(60);
    expect(readNumber("１２")).toBe(12);
    expect(readNumber("1.5")).toBe(1.5);
    expect(readNumber("an hour")).toBe("an hour");
    expect(readNumber("")).toBeUndefined();
  });

  it("reads yes and no in the three languages, empty as no, and names anything else", () => {
    for (const yes of ["yes", "TRUE", "1", "はい", "是", "✓"])
      expect(readYesNo(yes), yes).toEqual({ ok: true, value: true });
    for (const no of ["", "no", "FALSE", "0", "いいえ", "否"])
      expect(readYesNo(no), no).toEqual({ ok: true, value: false });
    const maybe = readYesNo(" maybe ");
    expect(maybe.ok).toBe(false);
    if (!maybe.ok)
      expect(words(maybe.message)).toBe(
        "“maybe” is neither yes nor no: write yes or no, or leave it empty for no",
      );
  });

  it("reads the seat mode however it is spelled, empty as the form's default", () => {
    expect(["FreeToTake", "free to take", "FREE_TO_TAKE"].map(readSeatMode)).toEqual(
      Array(3).fill("FreeToTake"),
    );
    expect(readSeatMode("")).toBe("ApplyToTake");
    expect(readSeatMode("anyone")).toBe("anyone");
  });

  it("splits invitees as the invitee box does, keeping repeats for the schema to name", () => {
    expect(readList("alice, bob；carol、alice\nbob")).toEqual(["alice", "bob", "carol", "alice", "bob"]);
    expect(readList("")).toEqual([]);
  });
});
