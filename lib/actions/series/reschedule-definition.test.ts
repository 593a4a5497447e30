import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/catalogs";
import { LOCALES } from "@/lib/i18n/locales";
import { presentOccurrenceReschedule } from "./reschedule-definition";

const meeting = { roomId: "standup-20271014", start: 0, end: 0 } as never;

describe("a moved occurrence's outcome in words", () => {
  it.each(LOCALES)("%s: says where it went and whether the old room is gone", (locale) => {
    const t = translator(locale);
    const done = presentOccurrenceReschedule(t, {
      kind: "meeting",
      outcome: { kind: "rescheduled", from: "standup-20271012", meeting, oldRoom: "pending" },
    });
    expect(done).toMatchObject({ ok: true, roomId: "standup-20271014" });
    expect((done as { message: string }).message).toContain("standup-20271014");
    expect((done as { message: string }).message).toContain("standup-20271012");
  });

  it("names the series' zone on the zone field, and refuses what has no room to move", () => {
    const t = translator();
    expect(presentOccurrenceReschedule(t, { kind: "other-zone", zone: "Europe/Berlin" })).toMatchObject({
      ok: false,
      fieldErrors: {
        "schedule.timeZone": [
          "A meeting of this series is rescheduled in the series' time zone, Europe/Berlin.",
        ],
      },
    });
    expect(presentOccurrenceReschedule(t, { kind: "not-scheduled" })).toMatchObject({
      ok: false,
      error: { code: "conflict:state" },
    });
    expect(presentOccurrenceReschedule(t, { kind: "no-room-id", date: "2027-10-14" })).toMatchObject({
      error: { message: expect.stringContaining("2027-10-14") },
    });
  });
});
