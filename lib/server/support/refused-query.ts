import "server-only";
import { queryRefusal } from "@/lib/i18n/describe-query";
import { requestTranslator } from "@/lib/i18n/request-locale";
import type { InvalidQuery } from "@/lib/support/parse-query";

/** A 400 for a query the search box would not run: the reason as a code, and in the caller's words. */
export async function refusedQuery(refusal: InvalidQuery): Promise<Response> {
  const t = await requestTranslator();
  return Response.json({ error: queryRefusal(t, refusal), reason: refusal.reason }, { status: 400 });
}
