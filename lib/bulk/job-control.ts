import { z } from "zod";
import { ref } from "@/lib/schemas/messages";

/** Pause, resume or cancel a job: the progress page's buttons. */
export const controlBulkJobSchema = z.object({
  jobId: z.string().regex(/^[0-9a-f-]{36}$/, ref("bulkJobs.error.jobIdMalformed")),
  control: z.enum(["pause", "resume", "cancel"], ref("bulkJobs.error.controlUnknown")),
});

export type ControlBulkJobInput = z.input<typeof controlBulkJobSchema>;
export type JobControlName = ControlBulkJobInput["control"];
