import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/server/audit/record";
import { ENGINES, openTestDb, type TestDb } from "@/tests/db-engines";
import { seedMeeting } from "@/tests/meeting-fixtures";
import { recordingQueries } from "@/tests/query-recorder";
import { getCalendarMeeting, getMeetingDetail } from "./get-meeting";

const NOW = 1_900_000_000;

describe.each(ENGINES)("a meeting for its calendar file on %s", (engine) => {
  let db: TestDb;

  beforeAll(async () => {
    db = await openTestDb(engine);
    await seedMeeting(db, {
      roomId: "rd-cal-1",
      name: "Planning",
      start: NOW + 3600,
      timeZone: "Europe/Berlin",
      owner: "alice",
      invitees: ["carol", "bob"],
    });
    await db.kysely.updateTable("meetings").set({ sequence: 4 }).where("room_id", "=", "rd-cal-1").execute();
    for (let i = 0; i < 3; i++)
      await recordAudit(db, {
        actor: { id: "alice", role: "admin" },
        action: "room.update",
        resource: { roomId: "rd-cal-1" },
        outcome: "ok",
      });
  });
  afterAll(() => db?.dispose());

  it("is what the detail says about it, without its timeline", async () => {
    const detail = await getMeetingDetail(db, "rd-cal-1", NOW);
    expect(detail?.timeline).toHaveLength(3);
    const { roomId, roomName, owner, start, end, timeZone, phase, source, invitees, sequence } = detail!;
    expect(await getCalendarMeeting(db, "rd-cal-1", NOW)).toEqual({
      roomId,
      roomName,
      owner,
      start,
      end,
      timeZone,
      phase,
      source,
      invitees,
      sequence,
      // Not rescheduled from another meeting: the room's own UID.
      calendarUid: null,
    });
    expect(sequence).toBe(4);
    expect(invitees).toEqual(["carol", "bob"]);
  });

  it("reads the meeting and its invitees, never the audit trail the detail page reads", async () => {
    const detail = recordingQueries(db);
    await getMeetingDetail(detail.db, "rd-cal-1", NOW);
    expect(detail.queries.flat()).toContain("audit_log");

    const calendar = recordingQueries(db);
    await getCalendarMeeting(calendar.db, "rd-cal-1", NOW);
    expect(calendar.queries).toEqual([["meetings"], ["meeting_invitees"]]);
  });

  it("is null for a room Roomdesk does not index, after one query", async () => {
    const { db: recorded, queries } = recordingQueries(db);
    expect(await getCalendarMeeting(recorded, "rd-not-here", NOW)).toBeNull();
    expect(queries).toEqual([["meetings"]]);
  });
});
