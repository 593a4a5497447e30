import "server-only";
import { recordAnonymousRefusal } from "../audit/anonymous-refusals";
import { recordAudit, type AuditEntry } from "../audit/record";
import { redactString } from "../redact";
import { keepSummarising } from "../audit/refusal-counters";
import type { Db } from "../db";
import { firstRefusalOf } from "./refused-requests";

export type RefusalEntry = Omit<
  AuditEntry,
  "command" | "room_id" | "intent_id" | "attempt" | "request_id" | "error_code" | "latency_ms" | "outcome"
>;

/**
 * The audit trail of one refusal: nothing when this HTTP request was refused before (an action and
 * the page render after it), counted per address when anonymous (audit/anonymous-refusals.ts), one
 * row otherwise. Never throws: the refusal stands even when the trail cannot be written.
 */
export async function auditRefusal(
  db: Db,
  entry: RefusalEntry,
  request: { id: string | null; ip: string | null },
): Promise<void> {
  if (!firstRefusalOf(request.id)) return;
  const row: AuditEntry = {
    command: null,
    room_id: null,
    intent_id: null,
    attempt: null,
    request_id: null,
    error_code: null,
    latency_ms: null,
    outcome: "refused",
    ...entry,
  };
  try {
    if (entry.actor_id !== "anonymous") {
      await recordAudit(db, row);
      return;
    }
    keepSummarising(db);
    await recordAnonymousRefusal(db, request.ip, row);
  } catch (error) {
    // Only the redacted message is logged.
    console.error(
      `roomdesk: could not audit a refused request: ${redactString(error instanceof Error ? error.message : String(error))}`,
    );
  }
}
