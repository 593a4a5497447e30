"use server";

import { scheduleMeetingDefinition } from "./meetings/definitions";
import { serverAction } from "./safe-action";

export const scheduleMeetingAction = serverAction(scheduleMeetingDefinition);
