import { describe, expect, it } from "vitest";
import { deriveAttendance, type PresenceEvent } from "./attendance";

const MIN = 60_000;
const ev = (
  id: number,
  atMin: number,
  kind: PresenceEvent["kind"],
  account: string,
  type: string | null = null,
): PresenceEvent => ({
  id,
  atMs: atMin * MIN,
  kind,
  accounts: [account],
  type: kind === "enter" ? "Enter" : (type ?? "Leave"),
});

describe("attendance from enters and leaves", () => {
  it("orders by event time, not by arrival", () => {
    const arrived = [ev(1, 30, "leave", "alice"), ev(2, 0, "enter", "alice")];
    expect(deriveAttendance(arrived, 100 * MIN)).toEqual([
      expect.objectContaining({ account: "alice", minutes: 30, present: false, leftBecause: "Leave" }),
    ]);
  });

  it("sums every stay, treats a second enter while present as a reconnect, and counts an open stay to the end", () => {
    const events = [
      ev(1, 0, "enter", "bob"),
      ev(2, 5, "enter", "bob"),
      ev(3, 10, "leave", "bob", "Expired"),
      ev(4, 20, "enter", "bob"),
    ];
    expect(deriveAttendance(events, 50 * MIN)).toEqual([
      expect.objectContaining({ account: "bob", minutes: 40, present: true, leftBecause: null, stays: 2 }),
    ]);
  });

  it("opens nothing for a leave without an enter before it", () => {
    expect(deriveAttendance([ev(1, 10, "leave", "carol", "Kicked")], 60 * MIN)).toEqual([
      expect.objectContaining({
        account: "carol",
        minutes: 0,
        present: false,
        firstEnteredAt: null,
        leftBecause: "Kicked",
      }),
    ]);
  });
});
