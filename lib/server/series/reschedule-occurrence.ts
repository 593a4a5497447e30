import "server-only";
import type { RescheduleOccurrenceValues } from "@/lib/schemas/series-reschedule";
import { movedOccurrenceRoomId } from "@/lib/series/moved-room-id";
import { recordAudit, type AuditActor } from "../audit/record";
import type { Db } from "../db";
import type { SchedulingDeps } from "../meetings/deps";
import type { RescheduleOutcome } from "../meetings/outcomes";
import { rescheduleMeeting } from "../meetings/reschedule-meeting";
import { roomIdHeld } from "../meetings/room-id-held";
import { getSeries } from "./read-series";
import { seriesAuditId } from "./series-ids";

export type RescheduleOccurrenceOutcome =
  | { kind: "not-found" }
  /** The occurrence has no room to move (not made yet, left out or cancelled). */
  | { kind: "not-scheduled" }
  /** The new time was given in another zone than the series'. */
  | { kind: "other-zone"; zone: string }
  /** Every RoomId the series could give the new room is taken. */
  | { kind: "no-room-id"; date: string }
  | { kind: "meeting"; outcome: RescheduleOutcome };

/** Enough for a day moved to more than once, or holding several rooms of the series. */
const MAX_ATTEMPTS = 20;

/** Unlike the meeting page, a moved occurrence never takes a cancelled meeting's RoomId: it derives another. */
async function isTaken(db: Db, roomId: string): Promise<boolean> {
  const meeting = await db.kysely
    .selectFrom("meetings")
    .select("room_id")
    .where("room_id", "=", roomId)
    .executeTakeFirst();
  return meeting !== undefined || (await roomIdHeld(db, roomId));
}

/**
 * The first RoomId derived from the series and the new date, from suffix `from` on, that nothing holds
 * (room-id-held.ts), with the suffix it was derived with.
 */
async function freeRoomId(
  db: Db,
  base: string,
  date: string,
  from: number,
): Promise<{ roomId: string; attempt: number } | null> {
  for (let attempt = from; attempt <= MAX_ATTEMPTS; attempt++) {
    const roomId = movedOccurrenceRoomId(base, date, attempt);
    if (!(await isTaken(db, roomId))) return { roomId, attempt };
  }
  return null;
}

/**
 * The meeting's reschedule onto the first free derived RoomId. Another move onto the same date can take
 * that RoomId between the check and the record (the database then refuses the second record, migration
 * 016): nothing was sent, so the next suffix is tried.
 */
async function moveToFreeRoomId(
  deps: SchedulingDeps,
  actor: AuditActor,
  roomId: string,
  base: string,
  schedule: RescheduleOccurrenceValues["schedule"],
): Promise<{ newRoomId: string; outcome: RescheduleOutcome } | null> {
  for (let from = 1; ;) {
    const free = await freeRoomId(deps.db, base, schedule.date, from);
    if (!free) return null;
    const outcome = await rescheduleMeeting(deps, actor, { roomId, newRoomId: free.roomId, schedule });
    if (outcome.kind !== "new-room-taken") return { newRoomId: free.roomId, outcome };
    from = free.attempt + 1;
  }
}

/**
 * Moves one occurrence: the meeting's own reschedule (docs/adr/0007-reschedule-as-one-story.md) of its
 * room to a RoomId derived from the series, in the series' zone. The series' record follows when the new
 * room is confirmed (occurrence-follows.ts), here or by the reconciler; a reschedule that ends otherwise is
 * one `series.reschedule` event saying how.
 */
export async function rescheduleOccurrence(
  deps: SchedulingDeps,
  actor: AuditActor,
  input: RescheduleOccurrenceValues,
): Promise<RescheduleOccurrenceOutcome> {
  const series = await getSeries(deps.db, input.seriesId);
  const occurrence = series?.occurrences.find((o) => o.index === input.index);
  if (!series || !occurrence) return { kind: "not-found" };
  if (occurrence.state !== "scheduled") return { kind: "not-scheduled" };
  if (input.schedule.timeZone !== series.timeZone) return { kind: "other-zone", zone: series.timeZone };
  const moved = await moveToFreeRoomId(deps, actor, occurrence.roomId, series.roomIdBase, input.schedule);
  if (!moved) return { kind: "no-room-id", date: input.schedule.date };

  const { newRoomId, outcome } = moved;
  if (outcome.kind !== "rescheduled")
    await recordAudit(deps.db, {
      actor,
      action: "series.reschedule",
      resource: { intentId: seriesAuditId(series.seriesId) },
      outcome: outcome.kind === "unconfirmed" ? "unknown" : "failed",
      details: {
        request: { index: occurrence.index, from: occurrence.roomId, to: newRoomId, ...input.schedule },
        response: { outcome: outcome.kind },
      },
      occurredAt: new Date(deps.now()),
    });
  return { kind: "meeting", outcome };
}
