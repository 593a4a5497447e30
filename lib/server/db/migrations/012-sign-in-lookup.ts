import "server-only";
import { sql, type Kysely, type Migration } from "kysely";

/**
 * The users page shows each account's newest sign-in. The actor index (005) reaches an actor's newest rows,
 * but everything they did since signing in comes first; this index holds sign-ins only, so the newest one
 * is the first entry under the actor. Partial: only sign-ins pay for it on write.
 */
export function signInLookupMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createIndex("audit_log_sign_in_actor_time")
        .ifNotExists()
        .on("audit_log")
        .columns(["actor_id", "occurred_at"])
        .where(sql.ref("action"), "=", "auth.sign_in")
        .execute();
    },
  };
}
