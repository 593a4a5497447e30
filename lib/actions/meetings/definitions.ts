import "server-only";
import { z } from "zod";
import type { ScheduleMeetingResult } from "@/lib/actions/result";
import { importMeetingSchema } from "@/lib/schemas/import-meeting";
import { makeUpdateMeetingSchema } from "@/lib/schemas/meeting";
import { cancelMeetingSchema, meetingRefSchema } from "@/lib/schemas/meeting-actions";
import { cancelMeeting } from "@/lib/server/meetings/cancel-meeting";
import type { MeetingDeps, SchedulingDeps } from "@/lib/server/meetings/deps";
import { importMeeting } from "@/lib/server/meetings/import-meeting";
import { scheduleMeeting, scheduleSubmissionSchema } from "@/lib/server/meetings/schedule-meeting";
import { updateMeeting } from "@/lib/server/meetings/update-meeting";
import { presentCancel, presentImport, presentSchedule, presentUpdate } from "../present/meetings";
import { actionFor, invalidInput } from "../safe-action";

const meetingAction = actionFor<MeetingDeps>();
const schedulingAction = actionFor<SchedulingDeps>();

/** The meeting actions after their guard: admins only, input re-validated on the server. */

export const scheduleMeetingDefinition = schedulingAction({
  access: { role: "admin" },
  schema: (app, raw) => scheduleSubmissionSchema(app, raw),
  run: async ({ input, actor, app, t }): Promise<ScheduleMeetingResult> =>
    presentSchedule(t, await scheduleMeeting(app, actor!, input)),
});

export const updateMeetingDefinition = meetingAction({
  access: { role: "admin" },
  schema: async (app) => z.object({ roomId: meetingRefSchema, changes: makeUpdateMeetingSchema(app.limits) }),
  // The form's fields are the changes: their errors go back under the form's own paths.
  invalid: (error, t) => invalidInput(error, t, { within: "changes", notFields: ["roomId"] }),
  run: async ({ input, actor, app, t }) =>
    presentUpdate(t, await updateMeeting(app, actor!, input.roomId, input.changes)),
});

export const cancelMeetingDefinition = meetingAction({
  access: { role: "admin" },
  schema: cancelMeetingSchema,
  invalid: (error, t) => invalidInput(error, t, { notFields: ["roomId"] }),
  run: async ({ input, actor, app, t }) => presentCancel(t, await cancelMeeting(app, actor!, input)),
});

export const importMeetingDefinition = meetingAction({
  access: { role: "admin" },
  schema: importMeetingSchema,
  run: async ({ input, actor, app, t }) => presentImport(t, await importMeeting(app, actor!, input)),
});
