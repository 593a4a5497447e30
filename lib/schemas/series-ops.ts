import { z } from "zod";
import { roomNameSchema } from "./fields";
import { ref } from "./messages";

/** Which occurrences a change on the series page is for, counted from the one it was made on. */
export const SERIES_SCOPES = ["one", "following", "all"] as const;
export type SeriesScope = (typeof SERIES_SCOPES)[number];

const seriesRef = {
  seriesId: z.uuid(ref("series.error.seriesId")),
  index: z.number().int().min(0, ref("series.error.occurrence")),
};

export const renameSeriesSchema = z.object({
  ...seriesRef,
  scope: z.enum(SERIES_SCOPES, ref("series.error.scope")),
  roomName: roomNameSchema.min(1, ref("series.error.nameRequired")),
});
export type RenameSeriesInput = z.output<typeof renameSeriesSchema>;

/** Cancelling is for one occurrence or it and all that follow; the whole series is the first one's "following". */
export const cancelOccurrencesSchema = z.object({
  ...seriesRef,
  scope: z.enum(["one", "following"], ref("series.error.scope")),
});
export type CancelOccurrencesInput = z.output<typeof cancelOccurrencesSchema>;

export const inScope = (scope: SeriesScope, from: number, index: number) =>
  scope === "all" || (scope === "one" ? index === from : index >= from);
