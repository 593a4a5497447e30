"use server";

import { rescheduleOccurrenceDefinition } from "./series/reschedule-definition";
import { serverAction } from "./safe-action";

/** Moves one occurrence of a series to a new time: a new room, the old one destroyed, the series following. */
export const rescheduleOccurrenceAction = serverAction(rescheduleOccurrenceDefinition);
