import "server-only";
import { controlBulkJobSchema } from "@/lib/bulk/job-control";
import type { BulkJobState } from "@/lib/bulk/job-types";
import type { AppDeps } from "@/lib/server/app";
import { controlBulkJob } from "@/lib/server/bulk";
import { failure } from "../present/meetings";
import type { ActionResult } from "../result";
import { actionFor } from "../safe-action";

export const controlBulkJobDefinition = actionFor<Pick<AppDeps, "db" | "now">>()({
  access: { role: "admin" },
  schema: controlBulkJobSchema,
  run: async ({ input, actor, app, t }): Promise<ActionResult<{ state: BulkJobState }>> => {
    const o = await controlBulkJob(app.db, actor!, input.jobId, input.control, app.now);
    if (o.kind === "done") return { ok: true, state: o.state };
    if (o.kind === "not-found") return failure("not-found", t("bulkJobs.notFound"));
    return failure(
      "conflict:state",
      t("bulkJobs.controlRefused", { control: input.control, state: o.state }),
    );
  },
});
