import "server-only";
import type { Db } from "../db";
import type { AuditLogTable } from "../db/schema";
import { redactedBody, redactString, type RedactOptions } from "./redact";

export type AuditEntry = Omit<AuditLogTable, "id" | "occurred_at"> & {
  occurredAt?: Date;
  requestBody?: unknown;
  responseBody?: unknown;
};

/**
 * Writes one audit row (and its redacted bodies) atomically. Throws when the database refuses:
 * callers decide to fail closed rather than act without a trail.
 */
export async function recordAudit(db: Db, entry: AuditEntry, redaction: RedactOptions = {}): Promise<number> {
  const { occurredAt, requestBody, responseBody, ...summary } = entry;
  return db.kysely.transaction().execute(async (tx) => {
    const row = await tx
      .insertInto("audit_log")
      .values({
        ...summary,
        error_info: summary.error_info === null ? null : redactString(summary.error_info, redaction),
        occurred_at: (occurredAt ?? new Date()).toISOString(),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await tx
      .insertInto("audit_payload")
      .values({
        audit_id: row.id,
        request_body: redactedBody(requestBody, redaction),
        response_body: redactedBody(responseBody, redaction),
      })
      .execute();
    return row.id;
  });
}
