import { requireRole } from "@/lib/server/auth/guard";
import { filtersToParams } from "@/lib/support/filters";
import { exportCsvStream } from "@/lib/server/support/export-csv";
import { recordSupportAudit } from "@/lib/server/support/record-lookup";
import { refusedQuery } from "@/lib/server/support/refused-query";
import { parseSearchRequest } from "@/lib/server/support/search-params";
import { getApp } from "@/lib/server/app";

/** The filtered set as a CSV download, streamed in keyset chunks (never the whole set in memory). */
export async function GET(request: Request) {
  const actor = await requireRole("support");
  const req = parseSearchRequest(new URL(request.url).searchParams);
  if (!req.ok) return refusedQuery(req.refusal);
  const db = (await getApp()).db;
  const query = filtersToParams(req.filters).toString();
  await recordSupportAudit(db, actor, "support.export", { query });
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  return new Response(exportCsvStream(db, req.search), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="roomdesk-calls-${stamp}.csv"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
