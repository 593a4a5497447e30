import "server-only";
import type { Kysely, Migration } from "kysely";

/**
 * The support console filters by actor, ErrorCode or action and pages newest first by (occurred_at, id):
 * each index serves one filter with the keyset order, so a page is an index range scan, never a sort.
 * The room filter gets `id` too: (room_id, occurred_at) alone breaks ties with a filter on Postgres.
 */
const INDEXES = {
  audit_log_actor_time: ["actor_id", "occurred_at", "id"],
  audit_log_code_time: ["error_code", "occurred_at", "id"],
  audit_log_action_time: ["action", "occurred_at", "id"],
  audit_log_room_time_id: ["room_id", "occurred_at", "id"],
} as const;

export function supportIndexesMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      for (const [name, columns] of Object.entries(INDEXES)) {
        await db.schema
          .createIndex(name)
          .ifNotExists()
          .on("audit_log")
          .columns([...columns])
          .execute();
      }
    },
  };
}
