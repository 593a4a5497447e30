import { requestTranslator } from "@/lib/i18n/request-locale";
import { getApp } from "@/lib/server/app";
import { requireRole } from "@/lib/server/auth/guard";
import { getSeries } from "@/lib/server/series/read-series";

/** A series with every occurrence's state, for the series page (support may read it too). */
export async function GET(_request: Request, { params }: { params: Promise<{ seriesId: string }> }) {
  await requireRole("support");
  const series = await getSeries((await getApp()).db, (await params).seriesId);
  if (!series)
    return Response.json({ error: (await requestTranslator())("series.notFound") }, { status: 404 });
  return Response.json(series, { headers: { "cache-control": "no-store" } });
}
