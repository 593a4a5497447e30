import "server-only";
import { makeRescheduleSchema } from "@/lib/schemas/reschedule";
import type { SchedulingDeps } from "@/lib/server/meetings/deps";
import { rescheduleMeeting } from "@/lib/server/meetings/reschedule-meeting";
import { presentReschedule } from "../present/reschedule";
import { actionFor, invalidInput } from "../safe-action";

/** Rescheduling after its guard: admins only, the new time checked against the server's clock. */
export const rescheduleMeetingDefinition = actionFor<SchedulingDeps>()({
  access: { role: "admin" },
  schema: async (app) => makeRescheduleSchema(app.now),
  invalid: (error, t) => invalidInput(error, t, { notFields: ["roomId"] }),
  run: async ({ input, actor, app, t }) => presentReschedule(t, await rescheduleMeeting(app, actor!, input)),
});
