import "server-only";
import type { SupportPage } from "@/lib/support/types";
import type { Db } from "../db";
import { withActors } from "../audit/actor-names";
import { encodeCursor, type AuditCursor } from "./cursor";
import { toCall, type CallRow } from "./rows";
import { cursorOf, searchAudit } from "./search-audit";
import type { AuditSearch } from "./search-params";

/** One page for the results table; one row more than shown is read to know whether another page exists. */
export async function searchPage(
  db: Db,
  search: AuditSearch,
  cursor: AuditCursor | null,
  limit: number,
): Promise<SupportPage> {
  return pageOf(db, await searchAudit(db, search, cursor, limit + 1), limit);
}

/** The page shown from up to `limit + 1` rows read newest first, each with its actor's name and email. */
export async function pageOf(db: Db, rows: CallRow[], limit: number): Promise<SupportPage> {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: await withActors(db, page.map(toCall)),
    nextCursor: rows.length > limit && last ? encodeCursor(cursorOf(last)) : null,
  };
}
