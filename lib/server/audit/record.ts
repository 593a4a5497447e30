import "server-only";
import type { Insertable, Kysely } from "kysely";
import type { AuditAction } from "@/lib/audit/actions";
import type { Db } from "../db";
import type { Dialect } from "../db/dialect";
import { keepPrepared } from "../db/prepared";
import type { AuditLogTable, AuditOutcome, Database } from "../db/schema";
import { redactedBody, redactString, type RedactOptions } from "../redact";

/** Who acted: a signed-in person, `anonymous`, or Roomdesk itself (the reconciler finishing an intent). */
export interface AuditActor {
  id: string;
  role: string;
}

export const ANONYMOUS: AuditActor = { id: "anonymous", role: "anonymous" };

/** What an event is about, when it is about a room or a scheduling intent. */
export interface AuditResource {
  roomId?: string | null;
  intentId?: string | null;
}

export interface AuditDetails {
  /** What was asked, or the state before a change; redacted. */
  request?: unknown;
  /** What came of it, or the state after; redacted. */
  response?: unknown;
  /** A short, machine-facing reason (`stale-sign-in`, a library's error code); redacted. */
  error?: string | null;
  /** The HTTP status the request was answered with, for refusals and sign-in failures. */
  httpStatus?: number | null;
}

/** One event for the audit trail. TRTC calls are recorded per attempt instead (trtc-attempt.ts). */
export interface AuditEvent {
  actor: AuditActor;
  action: AuditAction;
  resource?: AuditResource;
  outcome: Exclude<AuditOutcome, "pending" | "interrupted">;
  details?: AuditDetails;
  occurredAt?: Date;
}

export type AuditRow = Insertable<AuditLogTable>;

/**
 * Writes one event (and its redacted bodies) atomically. Throws when the database refuses: callers
 * decide to fail closed rather than act without a trail.
 */
export async function recordAudit(db: Db, event: AuditEvent, redaction: RedactOptions = {}): Promise<number> {
  // Postgres writes both rows in one statement; SQLite needs a transaction around its two.
  if (db.dialect === "postgres") return insertAudit(db.kysely, db.dialect, event, redaction);
  return db.kysely.transaction().execute((tx) => insertAudit(tx, db.dialect, event, redaction));
}

/** recordAudit on a connection or inside the caller's transaction. */
export function insertAudit(
  kysely: Kysely<Database>,
  dialect: Dialect,
  event: AuditEvent,
  redaction: RedactOptions = {},
): Promise<number> {
  const { row, bodies } = auditRowOf(event, redaction);
  return writeAuditRow(kysely, dialect, row, bodies);
}

export interface AuditRowBodies {
  request_body: string | null;
  response_body: string | null;
}

/** An event as the summary row and the (redacted) bodies it is written as. */
export function auditRowOf(
  event: AuditEvent,
  redaction: RedactOptions = {},
): { row: AuditRow; bodies: AuditRowBodies } {
  const { actor, action, resource = {}, outcome, details = {}, occurredAt } = event;
  const row: AuditRow = {
    occurred_at: (occurredAt ?? new Date()).toISOString(),
    actor_id: actor.id,
    actor_role: actor.role,
    action,
    command: null,
    room_id: resource.roomId ?? null,
    intent_id: resource.intentId ?? null,
    attempt: null,
    request_id: null,
    error_code: null,
    error_info: details.error == null ? null : redactString(details.error, redaction),
    outcome,
    http_status: details.httpStatus ?? null,
    latency_ms: null,
  };
  const bodies = {
    request_body: redactedBody(details.request, redaction),
    response_body: redactedBody(details.response, redaction),
  };
  return { row, bodies };
}

/**
 * The summary row and its payload row, both or neither: the one writer of audit_log inserts, shared by
 * events and by TRTC attempts going on record (trtc-attempt.ts). Bodies arrive redacted.
 */
export async function writeAuditRow(
  kysely: Kysely<Database>,
  dialect: Dialect,
  row: AuditRow,
  bodies: AuditRowBodies,
): Promise<number> {
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
            s.val(bodies.request_body).as("request_body"),
            s.val(bodies.response_body).as("response_body"),
          ]),
      )
      .returning("audit_id")
      .modifyEnd(keepPrepared)
      .executeTakeFirstOrThrow();
    return written.audit_id;
  }
  const { id } = await kysely
    .insertInto("audit_log")
    .values(row)
    .returning("id")
    .modifyEnd(keepPrepared)
    .executeTakeFirstOrThrow();
  await kysely
    .insertInto("audit_payload")
    .values({ audit_id: id, ...bodies })
    .modifyEnd(keepPrepared)
    .execute();
  return id;
}
