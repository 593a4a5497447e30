import "server-only";
import { sql, type Kysely, type Migration } from "kysely";
import type { Dialect } from "../dialect";

/**
 * RequestId lookups ignore case (lib/server/support/request-id-key.ts), so the index is on
 * lower(request_id). On Postgres it is in the "C" collation: a prefix is searched as a byte range, which a
 * database's own collation (ICU numeric ordering, say) may not keep contiguous. It replaces the plain
 * request_id index, which no query uses any more.
 */
export function requestIdLookupMigration(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      const key = dialect === "postgres" ? sql`(lower(request_id)) collate "C"` : sql`lower(request_id)`;
      await sql`create index if not exists audit_log_request_id_lower on audit_log (${key})`.execute(db);
      await sql`drop index if exists audit_log_request_id`.execute(db);
    },
  };
}
