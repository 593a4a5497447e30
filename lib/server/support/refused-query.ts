import "server-only";
import { requestTranslator } from "@/lib/i18n/request-locale";
import type { InvalidQuery } from "@/lib/support/parse-query";
import { queryRefusalAnswer } from "./search-answer";

/** A 400 for a query the search box would not run: the reason as a code, and in the caller's words. */
export async function refusedQuery(refusal: InvalidQuery): Promise<Response> {
  return queryRefusalAnswer(await requestTranslator(), refusal);
}
