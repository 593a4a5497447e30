import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { zonedWallTimeToEpoch } from "@/lib/time";
import { buildMeetingIcs, type CalendarMeeting } from "./ics";

const at = (date: string, time: string, zone: string) => {
  const r = zonedWallTimeToEpoch(date, time, zone);
  if (!r.ok) throw new Error(`${date} ${time} ${zone}: ${r.reason}`);
  return r.epochSeconds;
};

function meeting(over: Partial<CalendarMeeting> & Pick<CalendarMeeting, "start" | "end" | "timeZone">) {
  return {
    roomId: "rd-dst-1",
    name: "Quarterly review",
    sequence: 0,
    cancelled: false,
    owner: "alice",
    adminUserId: "administrator",
    invitees: ["bob", "carol"],
    ...over,
  } satisfies CalendarMeeting;
}

function parse(ics: string) {
  const cal = new ICAL.Component(ICAL.parse(ics));
  const event = cal.getFirstSubcomponent("vevent")!;
  const vtz = cal.getFirstSubcomponent("vtimezone")!;
  return { cal, event, vtz, tz: new ICAL.Timezone(vtz) };
}

const time = (event: ICAL.Component, name: string) => event.getFirstPropertyValue(name) as ICAL.Time;

describe("buildMeetingIcs across a DST change", () => {
  it("Europe/Berlin on 2027-03-28 (clocks go forward at 02:00): a meeting spanning the change", () => {
    const start = at("2027-03-28", "01:30", "Europe/Berlin");
    const end = at("2027-03-28", "03:30", "Europe/Berlin");
    expect(end - start).toBe(3600);
    const ics = buildMeetingIcs(
      meeting({ start, end, timeZone: "Europe/Berlin", sequence: 3 }),
      1_800_000_000,
    );
    const { cal, event, vtz, tz } = parse(ics);

    expect(cal.getFirstPropertyValue("method")).toBe("REQUEST");
    expect(vtz.getFirstPropertyValue("tzid")).toBe("Europe/Berlin");
    const daylight = vtz
      .getAllSubcomponents("daylight")
      .map((c) => [
        String(c.getFirstPropertyValue("dtstart")),
        String(c.getFirstPropertyValue("tzoffsetto")),
      ]);
    expect(daylight).toContainEqual(["2027-03-28T02:00:00", "+02:00"]);
    expect(vtz.getAllSubcomponents("standard").length).toBeGreaterThan(0);

    expect(event.getFirstPropertyValue("uid")).toBe("rd-dst-1@roomdesk");
    expect(event.getFirstPropertyValue("sequence")).toBe(3);
    expect(event.getFirstPropertyValue("status")).toBe("CONFIRMED");
    expect(event.getFirstProperty("dtstart")!.getParameter("tzid")).toBe("Europe/Berlin");
    expect(time(event, "dtstart").toString()).toBe("2027-03-28T01:30:00");
    expect(time(event, "dtend").toString()).toBe("2027-03-28T03:30:00");
    // ical.js resolves the TZID through the generated VTIMEZONE (it ships no zone data of its own).
    expect(time(event, "dtstart").toUnixTime()).toBe(start);
    expect(time(event, "dtend").toUnixTime()).toBe(end);
    expect(tz.utcOffset(time(event, "dtstart"))).toBe(3600);
    expect(tz.utcOffset(time(event, "dtend"))).toBe(7200);
  });

  it("Australia/Sydney on 2027-04-04 (clocks go back at 03:00): before and after the change", () => {
    for (const [date, offset] of [
      ["2027-04-03", 11 * 3600],
      ["2027-04-04", 10 * 3600],
    ] as const) {
      const start = at(date, "10:00", "Australia/Sydney");
      const ics = buildMeetingIcs(meeting({ start, end: start + 1800, timeZone: "Australia/Sydney" }));
      const { event, vtz, tz } = parse(ics);
      const standard = vtz
        .getAllSubcomponents("standard")
        .map((c) => [
          String(c.getFirstPropertyValue("dtstart")),
          String(c.getFirstPropertyValue("tzoffsetto")),
        ]);
      expect(standard).toContainEqual(["2027-04-04T03:00:00", "+10:00"]);
      expect(event.getFirstProperty("dtstart")!.getParameter("tzid")).toBe("Australia/Sydney");
      expect(time(event, "dtstart").toString()).toBe(`${date}T10:00:00`);
      expect(time(event, "dtstart").toUnixTime()).toBe(start);
      expect(tz.utcOffset(time(event, "dtstart"))).toBe(offset);
    }
  });

  it("a zone without DST gets one STANDARD observance and still resolves", () => {
    const start = at("2027-06-01", "09:00", "Asia/Tokyo");
    const { event, vtz } = parse(
      buildMeetingIcs(meeting({ start, end: start + 3600, timeZone: "Asia/Tokyo" })),
    );
    expect(vtz.getAllSubcomponents("standard")).toHaveLength(1);
    expect(vtz.getAllSubcomponents("daylight")).toHaveLength(0);
    expect(time(event, "dtstart").toUnixTime()).toBe(start);
  });
});

describe("buildMeetingIcs format", () => {
  const start = at("2027-05-10", "15:00", "America/New_York");
  const base = meeting({ start, end: start + 3600, timeZone: "America/New_York" });

  it("a cancelled meeting is METHOD:CANCEL with STATUS:CANCELLED and the same UID", () => {
    const { cal, event } = parse(buildMeetingIcs({ ...base, cancelled: true, sequence: 5 }));
    expect(cal.getFirstPropertyValue("method")).toBe("CANCEL");
    expect(event.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(event.getFirstPropertyValue("uid")).toBe("rd-dst-1@roomdesk");
    expect(event.getFirstPropertyValue("sequence")).toBe(5);
  });

  it("uses CRLF only, folds at 75 octets without splitting UTF-8, and escapes text", () => {
    const name = `Réunion, ouverte; \\ équipe\n${"日本語".repeat(40)}`;
    const ics = buildMeetingIcs({ ...base, name, description: "x".repeat(300) });
    expect(ics.endsWith("\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of ics.split("\r\n")) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
      expect(line).not.toContain("\uFFFD");
    }
    expect(ics).toContain("SUMMARY:Réunion\\, ouverte\\; \\\\ équipe\\n");
    const { event } = parse(ics);
    expect(event.getFirstPropertyValue("summary")).toBe(name);
    expect(event.getFirstPropertyValue("description")).toBe("x".repeat(300));
  });

  it("a RoomId indexed with CR/LF or other control characters cannot add or break a line", () => {
    const roomId = "rd-1\r\nBEGIN:VEVENT\r\nUID:evil\u0000\u0007";
    const ics = buildMeetingIcs({ ...base, roomId, owner: "bob\u0007\r\n", invitees: ["eve\nATTENDEE:x"] });
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\x00-\x08\x0a-\x1f\x7f]/);
    const lines = ics.split("\r\n");
    expect(lines.filter((l) => l === "BEGIN:VEVENT")).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith("UID:"))).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith("ATTENDEE"))).toHaveLength(1);
    const { cal, event } = parse(ics);
    expect(cal.getAllSubcomponents("vevent")).toHaveLength(1);
    expect(event.getFirstPropertyValue("uid")).toBe(`${encodeURIComponent(roomId)}@encoded.roomdesk`);
  });

  it("an ordinary RoomId keeps the UID calendars already have, escaped where TEXT needs it", () => {
    expect(parse(buildMeetingIcs(base)).event.getFirstPropertyValue("uid")).toBe("rd-dst-1@roomdesk");
    const imported = parse(buildMeetingIcs({ ...base, roomId: "Team room; 1,a" })).event;
    expect(imported.getFirstPropertyValue("uid")).toBe("Team room; 1,a@roomdesk");
  });

  it("a meeting without an owner is organised by the configured admin account, not a fixed name", () => {
    const { event } = parse(buildMeetingIcs({ ...base, owner: null, adminUserId: "ops_admin" }));
    const organizer = event.getFirstProperty("organizer")!;
    expect(organizer.getParameter("cn")).toBe("ops_admin");
    expect(organizer.getFirstValue()).toBe("urn:x-trtc-user:ops_admin");
    const owned = parse(buildMeetingIcs({ ...base, adminUserId: "ops_admin" })).event;
    expect(owned.getFirstProperty("organizer")!.getParameter("cn")).toBe("alice");
  });
});
