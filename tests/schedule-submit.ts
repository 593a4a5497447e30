import { translator } from "@/lib/i18n/catalogs";
import type { ScheduleMeetingResult } from "@/lib/actions/result";
import { presentSchedule } from "@/lib/actions/present/meetings";
import { invalidInput } from "@/lib/actions/safe-action";
import type { SchedulingDeps } from "@/lib/server/meetings/deps";
import { scheduleMeeting, scheduleSubmissionSchema } from "@/lib/server/meetings/schedule-meeting";

/**
 * What the schedule action does after its guard, for tests that post a payload without a browser: the
 * submission schema, the service, and the outcome in the catalog's words.
 */
export async function submitSchedule(
  deps: SchedulingDeps,
  actor: { id: string; role: "admin" },
  raw: unknown,
): Promise<ScheduleMeetingResult> {
  const t = translator();
  const parsed = (await scheduleSubmissionSchema(deps, raw)).safeParse(raw);
  if (!parsed.success) return invalidInput(parsed.error, t);
  return presentSchedule(t, await scheduleMeeting(deps, actor, parsed.data));
}
