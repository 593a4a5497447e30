// as: lib/server/fixture.ts
import { TRTC_COMMANDS } from "@/lib/trtc/commands";
import type { ScheduleOutcome } from "./meetings/outcomes";

export const known = TRTC_COMMANDS;
export type Outcome = ScheduleOutcome;
