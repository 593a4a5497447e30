import { requireRole } from "@/lib/server/auth/guard";
import { jsonAnswer } from "@/lib/server/http/json-answer";
import { lookUp } from "@/lib/server/support/look-up";
import { refusedQuery } from "@/lib/server/support/refused-query";
import { parseSearchRequest } from "@/lib/server/support/search-params";
import { getApp } from "@/lib/server/app";

const ms = (from: number, to: number) => (to - from).toFixed(2);

/**
 * The console's lookup. Server-Timing splits the time so the benchmark can read the server's share; on
 * Postgres the read and the audit write are usually one statement, so `db` holds both.
 */
export async function GET(request: Request) {
  const t0 = performance.now();
  const actor = await requireRole("support");
  const t1 = performance.now();
  const req = parseSearchRequest(new URL(request.url).searchParams);
  if (!req.ok) return refusedQuery(req.refusal);
  const { page, searchedAt: t2 } = await lookUp((await getApp()).db, actor, req);
  const t3 = performance.now();
  return jsonAnswer(page, {
    headers: {
      "cache-control": "no-store",
      "server-timing": `auth;dur=${ms(t0, t1)}, db;dur=${ms(t1, t2)}, audit;dur=${ms(t2, t3)}, total;dur=${ms(t0, t3)}`,
    },
  });
}
