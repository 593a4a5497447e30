import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { ENGINES, openTestDb, type TestDb } from "@/tests/db-engines";
import type { RescheduleStatus } from "../schema";
import { rescheduleNewRoomIdsMigration } from "./016-reschedule-new-room-ids";

const INDEX = "reschedules_one_unfinished_new_room";

function reschedule(intentId: string, oldRoomId: string, newRoomId: string, status: RescheduleStatus) {
  const at = "2027-01-01T00:00:00.000Z";
  return {
    intent_id: intentId,
    old_room_id: oldRoomId,
    new_room_id: newRoomId,
    actor_id: "admin-1",
    actor_role: "admin",
    status,
    created_at: at,
    updated_at: at,
  };
}

describe.each(ENGINES)("migration 016 on a database that already holds the race it closes (%s)", (engine) => {
  let db: TestDb;
  afterEach(async () => db.dispose());

  /** The database as 015 left it: migrated to the latest, without 016's index. */
  async function before016(): Promise<TestDb> {
    db = await openTestDb(engine);
    await sql`drop index ${sql.id(INDEX)}`.execute(db.kysely);
    return db;
  }

  it("names the unfinished reschedules that share a new Room ID instead of failing on the bare index", async () => {
    await before016();
    await db.kysely
      .insertInto("reschedules")
      .values([
        reschedule("move-a", "team-20270105", "team-20270107", "creating"),
        reschedule("move-b", "team-20270112", "team-20270107", "destroying"),
        reschedule("move-c", "team-20270119", "team-20270121", "creating"),
      ])
      .execute();
    await expect(rescheduleNewRoomIdsMigration().up(db.kysely)).rejects.toThrow(
      "unfinished reschedules share a new Room ID: team-20270107 (reschedules move-a, move-b). Let the version now running finish them",
    );
  });

  it("builds the index when only finished reschedules share a new Room ID", async () => {
    await before016();
    await db.kysely
      .insertInto("reschedules")
      .values([
        reschedule("move-a", "team-20270105", "team-20270107", "done"),
        reschedule("move-b", "team-20270112", "team-20270107", "creating"),
      ])
      .execute();
    await rescheduleNewRoomIdsMigration().up(db.kysely);
    await expect(
      db.kysely
        .insertInto("reschedules")
        .values(reschedule("move-c", "team-20270119", "team-20270107", "creating"))
        .execute(),
    ).rejects.toThrow();
  });
});
