"use server";

import { serverAction } from "../safe-action";
import { cancelOccurrencesDefinition, createSeriesDefinition } from "./definitions";
import { editSeriesDefinition } from "./edit-definition";

/** Schedules a recurring series: its rooms are made by the job engine. Administrators only (role matrix). */
export const createSeriesAction = serverAction(createSeriesDefinition);
/** Changes what update_room_info may change on one occurrence, it and the following ones, or all of a series. */
export const editSeriesAction = serverAction(editSeriesDefinition);
/** Cancels one occurrence or it and all following ones. */
export const cancelOccurrencesAction = serverAction(cancelOccurrencesDefinition);
