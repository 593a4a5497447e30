import "server-only";
import { queryRefusal } from "@/lib/i18n/describe-query";
import type { Translate } from "@/lib/i18n/translate";
import type { InvalidQuery } from "@/lib/support/parse-query";
import type { Actor } from "../auth/role-check";
import type { Db } from "../db";
import { jsonAnswer } from "../http/json-answer";
import { lookUp } from "./look-up";
import { parseSearchRequest } from "./search-params";

const ms = (from: number, to: number) => (to - from).toFixed(2);

/** A 400 for a query the search box would not run: the reason as a code, and in `t`'s words. */
export function queryRefusalAnswer(t: Translate, refusal: InvalidQuery): Response {
  return Response.json({ error: queryRefusal(t, refusal), reason: refusal.reason }, { status: 400 });
}

/**
 * The console's lookup once the guard has let `actor` through: a page of the trail, the lookup itself on
 * the trail (look-up.ts), or a 400 for a query the search box would not run. The route handler and the
 * same route answered before Next (node-lookup.ts) both end here, so the two cannot answer differently.
 * Server-Timing splits the time so the benchmark can read the server's share; on Postgres the read and
 * the audit write are usually one statement, so `db` holds both.
 */
export async function searchAnswer(
  deps: { db: Db; translator: () => Promise<Translate> | Translate },
  actor: Actor,
  params: URLSearchParams,
  times: { started: number; authorized: number },
): Promise<Response> {
  const req = parseSearchRequest(params);
  if (!req.ok) return queryRefusalAnswer(await deps.translator(), req.refusal);
  const { started: t0, authorized: t1 } = times;
  const { page, searchedAt: t2 } = await lookUp(deps.db, actor, req);
  const t3 = performance.now();
  return jsonAnswer(page, {
    headers: {
      "cache-control": "no-store",
      "server-timing": `auth;dur=${ms(t0, t1)}, db;dur=${ms(t1, t2)}, audit;dur=${ms(t2, t3)}, total;dur=${ms(t0, t3)}`,
    },
  });
}
