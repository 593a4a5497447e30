"use server";

import { importMeetingDefinition } from "./meetings/definitions";
import { serverAction } from "./safe-action";

export const importMeetingAction = serverAction(importMeetingDefinition);
