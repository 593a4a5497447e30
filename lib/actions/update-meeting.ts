"use server";

import { updateMeetingDefinition } from "./meetings/definitions";
import { serverAction } from "./safe-action";

export const updateMeetingAction = serverAction(updateMeetingDefinition);
