"use server";

import { serverAction } from "../safe-action";
import { cancelOccurrencesDefinition, createSeriesDefinition, renameSeriesDefinition } from "./definitions";

/** Schedules a recurring series: its rooms are made by the job engine. Administrators only (role matrix). */
export const createSeriesAction = serverAction(createSeriesDefinition);
/** Renames one occurrence, it and the following ones, or all of a series. */
export const renameSeriesAction = serverAction(renameSeriesDefinition);
/** Cancels one occurrence or it and all following ones. */
export const cancelOccurrencesAction = serverAction(cancelOccurrencesDefinition);
