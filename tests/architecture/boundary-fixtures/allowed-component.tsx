// as: components/fixture/meeting-card.tsx
import type { ScheduledMeeting } from "@/lib/meetings/types";
import { ROOM_LIMITS } from "@/lib/trtc/limits";

export const shown: ScheduledMeeting | null = null;
export const limit = ROOM_LIMITS.roomIdMaxBytes;
