import "server-only";
import type { Kysely, Migration } from "kysely";

/**
 * The Tencent accounts (UserIDs) Roomdesk imported with account_import / multiaccount_import
 * (docs/trtc-api.md §2.17), so the schedule form can suggest owners and invitees. Not every account
 * Tencent knows: one imported by another tool is simply absent here, which is why the form only warns.
 */
export function accountsMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("trtc_accounts")
        .addColumn("user_id", "text", (c) => c.primaryKey())
        .addColumn("nick", "text", (c) => c.notNull())
        .addColumn("imported_at", "text", (c) => c.notNull())
        .addColumn("imported_by", "text", (c) => c.notNull())
        .addColumn("request_id", "text")
        .execute();
    },
  };
}
