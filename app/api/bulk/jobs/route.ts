import { makeStartBulkJobSchema, type StartBulkJobRefused } from "@/lib/bulk/job-request";
import { startErrors } from "@/lib/bulk/start-errors";
import { localizeMessage } from "@/lib/i18n/localize-issue";
import { requestTranslator } from "@/lib/i18n/request-locale";
import { getApp } from "@/lib/server/app";
import { requireRole } from "@/lib/server/auth/guard";
import { START_BODY_MAX_BYTES, createBulkJob, listRecentJobs } from "@/lib/server/bulk";
import { readAtMost } from "@/lib/server/http/action-body";

const refused = (errors: StartBulkJobRefused["errors"], status = 400) =>
  Response.json({ errors } satisfies StartBulkJobRefused, {
    status,
    headers: { "cache-control": "no-store" },
  });

/**
 * Starts a job from the rows the admin chose after the dry run. Every row is checked again with the
 * schedule form's schema: nothing the browser checked is trusted. 201 `{ jobId }`, or 400 with each
 * problem by sheet row and field, in the requester's language.
 */
export async function POST(request: Request) {
  const actor = await requireRole("admin");
  const t = await requestTranslator();
  const bytes = request.body ? await readAtMost(request.body, START_BODY_MAX_BYTES) : new Uint8Array();
  if (bytes === null) {
    const mb = START_BODY_MAX_BYTES / 1024 / 1024;
    return refused([{ row: 0, field: "", message: t("bulkJobs.error.bodyTooLarge", { mb }) }], 413);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return refused([{ row: 0, field: "", message: t("bulkJobs.error.notJson") }]);
  }
  const app = await getApp();
  const parsed = makeStartBulkJobSchema({ ...app.limits, now: app.now }).safeParse(raw);
  if (!parsed.success) return refused(startErrors(parsed.error, raw, (m) => localizeMessage(t, m)));
  const jobId = await createBulkJob(app.db, actor, parsed.data, app.now);
  return Response.json({ jobId }, { status: 201, headers: { "cache-control": "no-store" } });
}

/** The newest jobs, for the list on the /bulk page. */
export async function GET() {
  await requireRole("admin");
  const jobs = await listRecentJobs((await getApp()).db, 20);
  return Response.json(jobs, { headers: { "cache-control": "no-store" } });
}
