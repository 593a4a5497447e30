import "server-only";
import type { AppDeps } from "../app";

/** What the meetings services use of the composition root (lib/server/app.ts). */
export type MeetingDeps = Pick<AppDeps, "db" | "trtc" | "secrets" | "limits" | "now" | "retry">;

/** Scheduling adds the admin identifier (whose rooms are ours) and this instance's lease. */
export type SchedulingDeps = MeetingDeps & Pick<AppDeps, "adminUserId" | "lease">;
