"use server";

import { rescheduleMeetingDefinition } from "./reschedule/definition";
import { serverAction } from "./safe-action";

export const rescheduleMeetingAction = serverAction(rescheduleMeetingDefinition);
