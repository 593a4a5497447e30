// as: lib/server/meetings/fixture.ts
import { scheduleMeetingAction } from "@/lib/actions/schedule-meeting";

export const again = scheduleMeetingAction;
