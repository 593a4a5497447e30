import { z } from "zod";
import { SWITCH_KEYS, type SwitchKey } from "@/lib/trtc/room-fields";
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

/** A field a series edit may apply, as its form path ("roomName", "settings.audioDisabled"). */
export type SeriesEditField =
  "roomName" | "maxMemberCount" | `settings.${SwitchKey}` | "customInfo" | "takeSeatMode";

export const SERIES_EDIT_FIELDS: readonly SeriesEditField[] = [
  "roomName",
  "maxMemberCount",
  ...SWITCH_KEYS.map((k) => `settings.${k}` as const),
  "customInfo",
  "takeSeatMode",
];

export const isSeriesEditField = (path: string): path is SeriesEditField =>
  (SERIES_EDIT_FIELDS as readonly string[]).includes(path);

/**
 * The fields the admin chose to apply, with the form's values, whether or not they differ from the chosen
 * occurrence's: other rooms in scope may differ, and the server sends each room only what it lacks. An
 * empty max members says "no value" and is left out; the form refuses it beside the field.
 */
export function chosenChanges(
  values: UpdateMeetingValues,
  chosen: ReadonlySet<SeriesEditField>,
): SeriesChanges {
  const out: SeriesChanges = {};
  if (chosen.has("roomName")) out.roomName = values.roomName ?? "";
  if (chosen.has("maxMemberCount") && values.maxMemberCount !== undefined)
    out.maxMemberCount = values.maxMemberCount;
  const switches = SWITCH_KEYS.filter((k) => chosen.has(`settings.${k}`));
  if (switches.length > 0)
    out.settings = Object.fromEntries(switches.map((k) => [k, values.settings?.[k] ?? false]));
  if (chosen.has("customInfo")) out.customInfo = values.customInfo ?? "";
  if (chosen.has("takeSeatMode") && values.takeSeatMode !== undefined) out.takeSeatMode = values.takeSeatMode;
  return out;
}

/** The form paths a series edit sets, in the edit form's order. */
export function seriesChangeFields(c: SeriesChanges): SeriesEditField[] {
  const fields: SeriesEditField[] = [];
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
