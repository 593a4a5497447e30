import { seriesIcs } from "@/lib/calendar/series-ics";
import { requestTranslator } from "@/lib/i18n/request-locale";
import { getApp } from "@/lib/server/app";
import { requireRole } from "@/lib/server/auth/guard";
import { seriesCalendarInput } from "@/lib/server/series/series-calendar";

/** One calendar file for the whole series, under the same guard as a single meeting's. */
export async function GET(_request: Request, { params }: { params: Promise<{ seriesId: string }> }) {
  await requireRole("support");
  const app = await getApp();
  const input = await seriesCalendarInput(app.db, (await params).seriesId, app.now());
  if (!input)
    return Response.json({ error: (await requestTranslator())("series.notFound") }, { status: 404 });
  const filename = `${input.name.replace(/[^A-Za-z0-9_-]/g, "_") || "series"}.ics`;
  return new Response(seriesIcs(input), {
    headers: {
      "content-type": "text/calendar; charset=utf-8; method=REQUEST",
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "no-store",
    },
  });
}
