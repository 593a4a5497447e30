import "server-only";
import type { CreateSeriesRequest } from "@/lib/schemas/series";
import { toRepeatRule } from "@/lib/schemas/series";
import { expandSeries } from "@/lib/series/expand";
import { planSeries, type PlannedOccurrence } from "@/lib/series/plan";
import { rruleText } from "@/lib/series/rule";
import { epochToWallTime, parseDate } from "@/lib/time/wall-time";
import type { ScheduleMeetingValues } from "@/lib/schemas/meeting";
import type { AppDeps } from "../app";
import type { Db } from "../db";
import { insertAudit, type AuditActor } from "../audit/record";
import { insertBulkJob, type BulkJobRowInput } from "../bulk/create-job";
import { firstHeldRoomId } from "../meetings/room-id-held";
import { seriesAuditId } from "./series-ids";

export type CreateSeriesOutcome =
  | { kind: "created"; seriesId: string; jobId: string; occurrences: number }
  /** The same submission again (a lost answer resent): the series it made, untouched. */
  | { kind: "exists"; seriesId: string; jobId: string }
  /** A room of the series would reuse a RoomId the index already has, or one held (room-id-held.ts). */
  | { kind: "room-taken"; roomId: string };

/** The room an occurrence gets: the series' values on its own date, time and RoomId. */
function occurrenceRow(base: ScheduleMeetingValues, o: PlannedOccurrence): BulkJobRowInput {
  const { date, time } = epochToWallTime(o.start, base.schedule.timeZone);
  const values = { ...base, roomId: o.roomId, schedule: { ...base.schedule, date, time } };
  // A repeated wall time names two instants, so the row carries the planned instant itself.
  return { row: o.index + 1, values, startAt: o.start };
}

/**
 * Stores the series, its occurrences and a job whose rows are the occurrences' rooms, in one transaction;
 * the job engine then creates the rooms (progress, resumable, each exactly once). The request passed the
 * shared schema, and the series is expanded again here from the rule and the choices alone.
 */
export async function createSeries(
  deps: Pick<AppDeps, "db" | "now">,
  actor: AuditActor,
  request: CreateSeriesRequest,
): Promise<CreateSeriesOutcome> {
  const { repeat, seriesId, ...sent } = request;
  // The series' table decides every repeated wall time (repeat.choices); a single meeting's choice means nothing here.
  const values = { ...sent, schedule: { ...sent.schedule, occurrence: undefined } };
  const prior = await storedSeries(deps.db, seriesId);
  if (prior) return prior;

  const rule = toRepeatRule(repeat);
  const expansion = expandSeries(rule, values.schedule);
  const plan = planSeries(expansion, values.roomId, repeat.choices);
  const made = plan.occurrences.filter((o) => !o.skipped);
  const roomIds = plan.occurrences.map((o) => o.roomId);
  const taken = await firstTakenRoomId(deps.db, roomIds);
  if (taken) return { kind: "room-taken", roomId: taken };

  const name = values.roomName || values.roomId;
  const at = new Date(deps.now());
  const rrule = rruleText(rule, parseDate(values.schedule.date)!.day, plan.occurrences.length);
  const store = () =>
    deps.db.kysely.transaction().execute(async (tx) => {
      const job = await insertBulkJob(
        tx,
        deps.db.dialect,
        actor,
        { source: { fileName: name, encoding: "series" }, rows: made.map((o) => occurrenceRow(values, o)) },
        deps.now,
      );
      await tx
        .insertInto("meeting_series")
        .values({
          series_id: seriesId,
          name,
          room_id_base: values.roomId,
          time_zone: values.schedule.timeZone,
          rule_json: JSON.stringify({ ...rule, choices: repeat.choices }),
          rrule,
          start_date: values.schedule.date,
          start_time: values.schedule.time,
          duration_minutes: values.schedule.durationMinutes,
          values_json: JSON.stringify(values),
          job_id: job,
          created_by: actor.id,
          created_at: at.toISOString(),
        })
        .execute();
      await tx
        .insertInto("series_occurrences")
        .values(
          plan.occurrences.map((o) => ({
            series_id: seriesId,
            occurrence_index: o.index,
            occurrence_date: o.date,
            original_start: o.originalStart,
            room_id: o.roomId,
            status: o.skipped ? ("skipped" as const) : ("scheduled" as const),
            changed_fields: o.start !== o.originalStart ? JSON.stringify(["start"]) : null,
          })),
        )
        .execute();
      await insertAudit(tx, deps.db.dialect, {
        actor,
        action: "series.create",
        resource: { intentId: seriesAuditId(seriesId) },
        outcome: "ok",
        details: {
          request: { name, zone: values.schedule.timeZone, rrule, choices: repeat.choices },
          response: {
            jobId: job,
            rooms: made.map((o) => o.roomId),
            skipped: plan.occurrences.length - made.length,
          },
        },
        occurredAt: at,
      });
      return job;
    });
  let jobId: string;
  try {
    jobId = await store();
  } catch (error) {
    // Another submission got there between the checks and this transaction: the same series resent, or
    // another series or meeting taking one of these RoomIds (the unique indexes refused the rows).
    const after = (await storedSeries(deps.db, seriesId)) ?? (await firstTakenRoomId(deps.db, roomIds));
    if (after === null) throw error;
    return typeof after === "string" ? { kind: "room-taken", roomId: after } : after;
  }
  return { kind: "created", seriesId, jobId, occurrences: made.length };
}

/** The series this submission already made, if any (a lost answer resent). */
async function storedSeries(db: Db, seriesId: string): Promise<CreateSeriesOutcome | null> {
  const prior = await db.kysely
    .selectFrom("meeting_series")
    .select(["series_id", "job_id"])
    .where("series_id", "=", seriesId)
    .executeTakeFirst();
  return prior ? { kind: "exists", seriesId, jobId: prior.job_id } : null;
}

/**
 * The first of the series' RoomIds, a day left out included (the series would keep it too), that a meeting
 * not cancelled has, or that is spoken for outside the index: another series' day, or a create not
 * confirmed yet (room-id-held.ts). Any of them would leave two stories on one room.
 */
async function firstTakenRoomId(db: Db, roomIds: string[]): Promise<string | null> {
  const meeting = await db.kysely
    .selectFrom("meetings")
    .select("room_id")
    .where("room_id", "in", roomIds)
    .where("status", "!=", "cancelled")
    .executeTakeFirst();
  return meeting?.room_id ?? (await firstHeldRoomId(db, roomIds));
}
