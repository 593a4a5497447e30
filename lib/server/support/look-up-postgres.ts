import "server-only";
import { sql } from "kysely";
import type { Db } from "../db";
import { auditRowOf, type AuditEvent } from "../audit/record";
import { keepPrepared } from "../db/prepared";
import type { CallRow } from "./rows";
import { searchQuery } from "./search-audit";
import type { AuditSearch } from "./search-params";
import type { AuditCursor } from "./cursor";

/** Where the row count goes: the last member of the request body, which JSON.stringify writes last. */
const RESULTS_TAIL = '"results":0}';

/**
 * The page and its `support.lookup` row in one statement: one round trip instead of two, and both or
 * neither, as with the row written after the read. The row's request body is the one recordAudit would
 * write, with the count of rows the page shows filled in by the statement itself. Null when the search
 * is not one SELECT (a bare word reads rooms and actors apart) or the body does not end as expected
 * (cut short at its size limit): the caller then reads and writes in two steps.
 */
export async function lookUpInOneStatement(
  db: Db,
  search: AuditSearch,
  cursor: AuditCursor | null,
  limit: number,
  event: AuditEvent & { details: { request: { results: 0 } } },
): Promise<CallRow[] | null> {
  if (db.dialect !== "postgres" || search.match.kind === "roomOrActor") return null;
  const { row, bodies } = auditRowOf(event);
  if (!bodies.request_body?.endsWith(RESULTS_TAIL)) return null;
  const head = bodies.request_body.slice(0, -"0}".length);
  const found = searchQuery(db, search, cursor, limit + 1);
  const shown = sql<string>`${head}::text || (select least(count(*), ${limit}) from found)::text || '}'`;
  return db.kysely
    .with("found", () => found)
    .with("summary", (qb) => qb.insertInto("audit_log").values(row).returning("id"))
    .with("payload", (qb) =>
      qb
        .insertInto("audit_payload")
        .columns(["audit_id", "request_body", "response_body"])
        .expression((eb) =>
          eb
            .selectFrom("summary")
            .select((s) => [
              "summary.id",
              shown.as("request_body"),
              s.val(bodies.response_body).as("response_body"),
            ]),
        )
        .returning("audit_id"),
    )
    .selectFrom("found")
    .selectAll()
    .orderBy("occurred_at", "desc")
    .orderBy("id", "desc")
    .modifyEnd(keepPrepared)
    .execute();
}
