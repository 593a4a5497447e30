import "server-only";
import type { SupportPage } from "@/lib/support/types";
import type { Db } from "../db";
import { encodeCursor, type AuditCursor } from "./cursor";
import { toCall } from "./rows";
import { cursorOf, searchAudit } from "./search-audit";
import type { AuditSearch } from "./search-params";

/** One page for the results table; one row more than shown is read to know whether another page exists. */
export async function searchPage(
  db: Db,
  search: AuditSearch,
  cursor: AuditCursor | null,
  limit: number,
): Promise<SupportPage> {
  const rows = await searchAudit(db, search, cursor, limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(toCall),
    nextCursor: rows.length > limit && last ? encodeCursor(cursorOf(last)) : null,
  };
}
