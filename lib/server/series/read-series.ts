import "server-only";
import type { BulkRowState } from "@/lib/bulk/job-types";
import type { OccurrenceView, SeriesView } from "@/lib/series/types";
import type { Db } from "../db";

/**
 * A series with every occurrence's state. The rooms' own state (name, window, cancelled) is read from the
 * meetings index, the one source of it; the job's rows tell how the rooms still being made are doing.
 */
export async function getSeries(db: Db, seriesId: string): Promise<SeriesView | null> {
  const series = await db.kysely
    .selectFrom("meeting_series")
    .selectAll()
    .where("series_id", "=", seriesId)
    .executeTakeFirst();
  if (!series) return null;
  const rows = await db.kysely
    .selectFrom("series_occurrences as o")
    .leftJoin("meetings as m", "m.room_id", "o.room_id")
    .leftJoin("bulk_job_rows as r", (join) =>
      join.onRef("r.room_id", "=", "o.room_id").on("r.job_id", "=", series.job_id),
    )
    .select([
      "o.occurrence_index",
      "o.occurrence_date",
      "o.original_start",
      "o.room_id",
      "o.status",
      "o.changed_fields",
      "m.room_name",
      "m.start_time",
      "m.end_time",
      "m.status as meeting_status",
      "r.status as row_status",
    ])
    .where("o.series_id", "=", seriesId)
    .orderBy("o.occurrence_index")
    .execute();
  const duration = Number(series.duration_minutes) * 60;
  const occurrences = rows.map((r): OccurrenceView => {
    const originalStart = Number(r.original_start);
    const start = r.start_time === null ? originalStart : Number(r.start_time);
    const state: OccurrenceView["state"] =
      r.status === "skipped"
        ? "skipped"
        : r.status === "cancelled" || r.meeting_status === "cancelled"
          ? "cancelled"
          : r.meeting_status !== null
            ? "scheduled"
            : ((r.row_status ?? "queued") as BulkRowState);
    return {
      index: Number(r.occurrence_index),
      date: r.occurrence_date,
      roomId: r.room_id,
      name: r.room_name ?? series.name,
      start,
      end: r.end_time === null ? start + duration : Number(r.end_time),
      originalStart,
      state,
      changed: r.changed_fields ? (JSON.parse(r.changed_fields) as string[]) : [],
    };
  });
  return {
    seriesId,
    name: series.name,
    roomIdBase: series.room_id_base,
    timeZone: series.time_zone,
    rrule: series.rrule,
    durationMinutes: Number(series.duration_minutes),
    jobId: series.job_id,
    creating: occurrences.some((o) => o.state === "queued" || o.state === "running"),
    occurrences,
  };
}
