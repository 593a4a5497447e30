import { requestTranslator } from "@/lib/i18n/request-locale";
import { getApp } from "@/lib/server/app";
import { requireRole } from "@/lib/server/auth/guard";
import { getJobProgress, resultsCsvStream } from "@/lib/server/bulk";

/** Every row's outcome as CSV: row, room_id, room_name, status, request_id, error (in the reader's words). */
export async function GET(_request: Request, { params }: { params: Promise<{ jobId: string }> }) {
  await requireRole("admin");
  const t = await requestTranslator();
  const app = await getApp();
  const jobId = (await params).jobId;
  if (!(await getJobProgress(app.db, jobId, app.now())))
    return Response.json({ error: t("bulkJobs.notFound") }, { status: 404 });
  return new Response(resultsCsvStream(app.db, jobId, t), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="roomdesk-job-${jobId}-results.csv"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
