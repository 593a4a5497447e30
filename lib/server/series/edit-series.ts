import "server-only";
import type { ScheduleMeetingValues } from "@/lib/schemas/meeting";
import {
  changesForRoom,
  seriesChangeFields,
  type EditSeriesInput,
  type SeriesChanges,
} from "@/lib/schemas/series-ops";
import { SWITCH_KEYS, type SwitchKey } from "@/lib/trtc/room-fields";
import type { AuditActor } from "../audit/record";
import type { MeetingDeps } from "../meetings/deps";
import { findMeetingRow, parseSettings } from "../meetings/meeting-rows";
import { updateMeeting } from "../meetings/update-meeting";
import { changeOccurrences, updateChangedFields, type SeriesChangeOutcome } from "./series-changes";

/** The values new rooms of the series would get, after an edit of all of them. */
function withDefaults(values: ScheduleMeetingValues, c: SeriesChanges): ScheduleMeetingValues {
  const seats =
    values.seats.enabled && c.takeSeatMode ? { ...values.seats, takeSeatMode: c.takeSeatMode } : values.seats;
  return {
    ...values,
    roomName: c.roomName ?? values.roomName,
    maxMemberCount: c.maxMemberCount ?? values.maxMemberCount,
    settings: { ...values.settings, ...c.settings },
    customInfo: c.customInfo ?? values.customInfo,
    seats,
  };
}

/** The series' own values, read and written in one transaction (locked on PostgreSQL) so two edits both count. */
function updateSeriesDefaults(deps: MeetingDeps, seriesId: string, c: SeriesChanges): Promise<void> {
  return deps.db.kysely.transaction().execute(async (tx) => {
    let select = tx
      .selectFrom("meeting_series")
      .select(["name", "values_json"])
      .where("series_id", "=", seriesId);
    if (deps.db.dialect === "postgres") select = select.forUpdate();
    const row = await select.executeTakeFirstOrThrow();
    const values = withDefaults(JSON.parse(row.values_json) as ScheduleMeetingValues, c);
    await tx
      .updateTable("meeting_series")
      .set({ name: c.roomName ?? row.name, values_json: JSON.stringify(values) })
      .where("series_id", "=", seriesId)
      .execute();
  });
}

/**
 * Changes what update_room_info may change on one occurrence, it and the following ones, or all: each room
 * through the single meeting's update (audited per call), with only the fields the admin chose to apply
 * that differ from what that room has now, so a room already matching is left alone. "one" and "following" mark the fields as the occurrence's own; "all" makes them the
 * series' again, and changes the series' own values too.
 */
export async function editSeries(
  deps: MeetingDeps,
  actor: AuditActor,
  input: EditSeriesInput,
): Promise<SeriesChangeOutcome> {
  const fields = seriesChangeFields(input.changes);
  const outcome = await changeOccurrences(
    deps,
    actor,
    input,
    "series.update",
    async (roomId) => {
      const row = await findMeetingRow(deps.db, roomId);
      if (!row) return { ok: false, failure: null };
      const settings = parseSettings(row);
      const current = Object.fromEntries(SWITCH_KEYS.map((k) => [k, settings[k]])) as Record<
        SwitchKey,
        boolean
      >;
      const o = await updateMeeting(deps, actor, roomId, changesForRoom(input.changes, current));
      // updateMeeting sends only what differs from the room; a room that already matches gets no call.
      if (o.kind === "updated") return { ok: true };
      if (o.kind === "no-change") return { ok: true, unchanged: true };
      return { ok: false, failure: o.kind === "failed" ? o.failure : null };
    },
    { changes: input.changes },
    (index) =>
      updateChangedFields(
        deps,
        input.seriesId,
        index,
        input.scope === "all" ? { remove: fields } : { add: fields },
      ),
  );
  // Only when every room took the change: a refused room keeps the old values, and so does the series.
  if (outcome.kind === "done" && input.scope === "all" && outcome.failed.length === 0)
    await updateSeriesDefaults(deps, input.seriesId, input.changes);
  return outcome;
}
