import "server-only";
import { filtersToParams } from "@/lib/support/filters";
import type { SupportPage } from "@/lib/support/types";
import type { Actor } from "../auth/guard";
import type { Db } from "../db";
import { lookUpInOneStatement } from "./look-up-postgres";
import { recordSupportAudit } from "./record-lookup";
import { pageOf, searchPage } from "./search-page";
import type { SearchRequest } from "./search-params";

export type ParsedSearch = Extract<SearchRequest, { ok: true }>;

export interface LookUpResult {
  page: SupportPage;
  /**
   * `now()` once the page was read, before the lookup went on record: where Server-Timing splits the two.
   * On Postgres the two are usually one statement, and this is when it finished.
   */
  searchedAt: number;
}

/**
 * One page of the trail for the console, and the lookup itself on the trail (`support.lookup`, with what
 * was asked and how many rows it found) before the page is handed back.
 */
export async function lookUp(
  db: Db,
  actor: Actor,
  req: ParsedSearch,
  now: () => number = () => performance.now(),
): Promise<LookUpResult> {
  const asked = { query: filtersToParams(req.filters).toString(), page: req.cursor ? "next" : "first" };
  const rows = await lookUpInOneStatement(db, req.search, req.cursor, req.limit, {
    actor,
    action: "support.lookup",
    outcome: "ok",
    details: { request: { ...asked, results: 0 } },
  });
  if (rows) {
    const page = await pageOf(db, rows, req.limit);
    return { page, searchedAt: now() };
  }
  const page = await searchPage(db, req.search, req.cursor, req.limit);
  const searchedAt = now();
  await recordSupportAudit(db, actor, "support.lookup", { ...asked, results: page.items.length });
  return { page, searchedAt };
}
