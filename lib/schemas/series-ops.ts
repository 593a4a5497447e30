import { z } from "zod";
import { SWITCH_KEYS } from "@/lib/trtc/room-fields";
import { makeUpdateMeetingSchema, type MeetingLimits, type UpdateMeetingValues } from "./meeting";
import { ref } from "./messages";

/** Which occurrences a change on the series page is for, counted from the one it was made on. */
export const SERIES_SCOPES = ["one", "following", "all"] as const;
export type SeriesScope = (typeof SERIES_SCOPES)[number];

const seriesRef = {
  seriesId: z.uuid(ref("series.error.seriesId")),
  index: z.number().int().min(0, ref("series.error.occurrence")),
};

/**
 * What a series edit may change: exactly what a single meeting's edit may (update_room_info, with the same
 * limits), each switch on its own, so a switch the admin left alone stays as each room has it.
 */
export function makeSeriesChangesSchema(limits: Pick<MeetingLimits, "maxMembers">) {
  const single = makeUpdateMeetingSchema(limits);
  return single.extend({
    // One meeting's empty name means "keep"; here only what the admin changed is sent, so it must say something.
    roomName: single.shape.roomName.unwrap().min(1, ref("series.error.nameRequired")).optional(),
    settings: single.shape.settings.unwrap().partial().optional(),
  });
}

export type SeriesChanges = z.output<ReturnType<typeof makeSeriesChangesSchema>>;

/** The form paths a series edit sets ("roomName", "settings.audioDisabled"), in the edit form's order. */
export function seriesChangeFields(c: SeriesChanges): string[] {
  const fields: string[] = [];
  if (c.roomName !== undefined) fields.push("roomName");
  if (c.maxMemberCount !== undefined) fields.push("maxMemberCount");
  for (const key of SWITCH_KEYS) if (c.settings?.[key] !== undefined) fields.push(`settings.${key}`);
  if (c.customInfo !== undefined) fields.push("customInfo");
  if (c.takeSeatMode !== undefined) fields.push("takeSeatMode");
  return fields;
}

/** One room's update: the series edit over what that room has now, so untouched switches keep its values. */
export function changesForRoom(
  c: SeriesChanges,
  current: UpdateMeetingValues["settings"],
): UpdateMeetingValues {
  const { settings, ...rest } = c;
  return settings && current ? { ...rest, settings: { ...current, ...settings } } : rest;
}

export const makeEditSeriesSchema = (limits: Pick<MeetingLimits, "maxMembers">) =>
  z.object({
    ...seriesRef,
    scope: z.enum(SERIES_SCOPES, ref("series.error.scope")),
    changes: makeSeriesChangesSchema(limits).refine(
      (c) => seriesChangeFields(c).length > 0,
      ref("series.error.noChanges"),
    ),
  });
export type EditSeriesInput = z.output<ReturnType<typeof makeEditSeriesSchema>>;

/** Cancelling is for one occurrence or it and all that follow; the whole series is the first one's "following". */
export const cancelOccurrencesSchema = z.object({
  ...seriesRef,
  scope: z.enum(["one", "following"], ref("series.error.scope")),
});
export type CancelOccurrencesInput = z.output<typeof cancelOccurrencesSchema>;

export const inScope = (scope: SeriesScope, from: number, index: number) =>
  scope === "all" || (scope === "one" ? index === from : index >= from);
