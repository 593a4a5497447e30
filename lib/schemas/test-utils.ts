import type { z } from "zod";
import { translator } from "@/lib/i18n/catalogs";
import { localizeMessage } from "@/lib/i18n/localize-issue";
import { defaultScheduleValues, makeScheduleMeetingSchema, type ScheduleMeetingInput } from "./meeting";

/** Shared by the schema tests only. 2027-01-01 12:00:30 UTC: half a minute into the current minute. */
export const NOW_MS = Date.UTC(2027, 0, 1, 12, 0, 30);
export const MAX_MEMBERS = 100;
export const MAX_SEATS = 20;

export const schema = makeScheduleMeetingSchema({
  maxMembers: MAX_MEMBERS,
  maxSeats: MAX_SEATS,
  now: () => NOW_MS,
});

/** A valid minimal input: a room ID and a schedule in Berlin, everything else at the form's defaults. */
export const validInput = (patch: Partial<ScheduleMeetingInput> = {}): ScheduleMeetingInput => ({
  ...defaultScheduleValues(NOW_MS, "Europe/Berlin", { roomId: "room-1" }),
  schedule: { date: "2027-03-28", time: "09:00", timeZone: "Europe/Berlin", durationMinutes: 60 },
  ...patch,
});

const en = translator("en");

/** An issue's message as an English reader sees it (schemas carry catalog references). */
export const words = (message: string) => localizeMessage(en, message);

/** Issue messages keyed by dotted path, e.g. { "invitees.3": ["…"] }, in English. */
export function issuesByPath(result: z.ZodSafeParseResult<unknown>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of result.error?.issues ?? [])
    (out[issue.path.join(".")] ??= []).push(words(issue.message));
  return out;
}
