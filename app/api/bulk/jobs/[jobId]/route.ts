import { requestTranslator } from "@/lib/i18n/request-locale";
import { getApp } from "@/lib/server/app";
import { requireRole } from "@/lib/server/auth/guard";
import { getJobDetail } from "@/lib/server/bulk";

/** A job's progress, its rows' outcomes (words in the reader's language) and its trail: polled while it runs. */
export async function GET(_request: Request, { params }: { params: Promise<{ jobId: string }> }) {
  await requireRole("admin");
  const t = await requestTranslator();
  const app = await getApp();
  const detail = await getJobDetail(app.db, (await params).jobId, app.now(), t);
  if (!detail) return Response.json({ error: t("bulkJobs.notFound") }, { status: 404 });
  return Response.json(detail, { headers: { "cache-control": "no-store" } });
}
