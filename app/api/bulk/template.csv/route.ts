import { templateCsv } from "@/lib/bulk/template";
import { translator } from "@/lib/i18n/catalogs";
import { requireRole } from "@/lib/server/auth/guard";

/** The sheet template: every column of the schedule form, headed in English as every CSV Roomdesk writes. */
export async function GET() {
  await requireRole("admin");
  const en = translator("en");
  const body = templateCsv((key) => en(key as Parameters<typeof en>[0]));
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": 'attachment; filename="roomdesk-meetings-template.csv"',
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
