"use server";

import { cancelMeetingDefinition } from "./meetings/definitions";
import { serverAction } from "./safe-action";

export const cancelMeetingAction = serverAction(cancelMeetingDefinition);
