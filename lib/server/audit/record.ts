import "server-only";
import type { Insertable, Kysely } from "kysely";
import type { Db } from "../db";
import type { Dialect } from "../db/dialect";
import type { AuditLogTable, Database } from "../db/schema";
import { redactedBody, redactString, type RedactOptions } from "../redact";

export type AuditEntry = Omit<Insertable<AuditLogTable>, "id" | "occurred_at"> & {
  occurredAt?: Date;
  requestBody?: unknown;
  responseBody?: unknown;
};

/**
 * Writes one audit row (and its redacted bodies) atomically. Throws when the database refuses:
 * callers decide to fail closed rather than act without a trail.
 */
export async function recordAudit(db: Db, entry: AuditEntry, redaction: RedactOptions = {}): Promise<number> {
  // Postgres writes both rows in one statement; SQLite needs a transaction around its two.
  if (db.dialect === "postgres") return insertAudit(db.kysely, db.dialect, entry, redaction);
  return db.kysely.transaction().execute((tx) => insertAudit(tx, db.dialect, entry, redaction));
}

/** The audit row and its bodies, on a connection or inside the caller's transaction. */
export async function insertAudit(
  kysely: Kysely<Database>,
  dialect: Dialect,
  entry: AuditEntry,
  redaction: RedactOptions = {},
): Promise<number> {
  const { occurredAt, requestBody, responseBody, ...summary } = entry;
  const row = {
    ...summary,
    error_info: summary.error_info == null ? null : redactString(summary.error_info, redaction),
    occurred_at: (occurredAt ?? new Date()).toISOString(),
  };
  const request_body = redactedBody(requestBody, redaction);
  const response_body = redactedBody(responseBody, redaction);

  if (dialect === "postgres") {
    // One statement, so one round trip: both rows or neither, without a BEGIN/COMMIT exchange.
    const written = await kysely
      .with("summary", (qb) => qb.insertInto("audit_log").values(row).returning("id"))
      .insertInto("audit_payload")
      .columns(["audit_id", "request_body", "response_body"])
      .expression((eb) =>
        eb
          .selectFrom("summary")
          .select((s) => [
            "summary.id",
            s.val(request_body).as("request_body"),
            s.val(response_body).as("response_body"),
          ]),
      )
      .returning("audit_id")
      .executeTakeFirstOrThrow();
    return written.audit_id;
  }
  const { id } = await kysely.insertInto("audit_log").values(row).returning("id").executeTakeFirstOrThrow();
  await kysely.insertInto("audit_payload").values({ audit_id: id, request_body, response_body }).execute();
  return id;
}
