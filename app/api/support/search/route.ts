import { requireRole } from "@/lib/server/auth/guard";
import { requestTranslator } from "@/lib/i18n/request-locale";
import { searchAnswer } from "@/lib/server/support/search-answer";
import { getApp } from "@/lib/server/app";

/**
 * The console's lookup (search-answer.ts). In production server.mjs answers it before Next
 * (lib/server/support/node-lookup.ts); this handler is what `next dev` and a request arriving before the
 * app has started get.
 */
export async function GET(request: Request) {
  const started = performance.now();
  const actor = await requireRole("support");
  const authorized = performance.now();
  const { db } = await getApp();
  return searchAnswer({ db, translator: requestTranslator }, actor, new URL(request.url).searchParams, {
    started,
    authorized,
  });
}
