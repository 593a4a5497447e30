import { sql } from "kysely";
import type { Db } from "@/lib/server/db";

/** Runs `run` while the database refuses audit payloads, as a full disk or a read-only database would. */
export async function refusingAuditWrites<T>(db: Db, run: () => Promise<T>): Promise<T> {
  const create =
    db.dialect === "sqlite"
      ? [
          sql`create trigger refuse_audit before insert on audit_payload begin select raise(abort, 'audit log is read-only'); end`,
        ]
      : [
          sql`create function refuse_audit() returns trigger language plpgsql as $$ begin raise exception 'audit log is read-only'; end $$`,
          sql`create trigger refuse_audit before insert on audit_payload for each row execute function refuse_audit()`,
        ];
  for (const statement of create) await statement.execute(db.kysely);
  try {
    return await run();
  } finally {
    await sql`drop trigger refuse_audit${db.dialect === "postgres" ? sql` on audit_payload` : sql``}`.execute(
      db.kysely,
    );
    if (db.dialect === "postgres") await sql`drop function refuse_audit()`.execute(db.kysely);
  }
}
