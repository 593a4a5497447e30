import "server-only";
import { recordAnonymousRefusal } from "../audit/anonymous-refusals";
import { recordAudit, type AuditEvent } from "../audit/record";
import { redactString } from "../redact";
import { keepSummarising } from "../audit/refusal-counters";
import type { Db } from "../db";
import { firstRefusalOf } from "./refused-requests";

export type RefusalEvent = Omit<AuditEvent, "outcome">;

/**
 * The audit trail of one refusal: nothing when this HTTP request was refused before (an action and
 * the page render after it), counted per address when anonymous (audit/anonymous-refusals.ts), one
 * row otherwise. Never throws: the refusal stands even when the trail cannot be written.
 */
export async function auditRefusal(
  db: Db,
  refusal: RefusalEvent,
  request: { id: string | null; ip: string | null },
): Promise<void> {
  if (!firstRefusalOf(request.id)) return;
  const event: AuditEvent = { ...refusal, outcome: "refused" };
  try {
    if (event.actor.id !== "anonymous") {
      await recordAudit(db, event);
      return;
    }
    keepSummarising(db);
    await recordAnonymousRefusal(db, request.ip, event);
  } catch (error) {
    // Only the redacted message is logged.
    console.error(
      `roomdesk: could not audit a refused request: ${redactString(error instanceof Error ? error.message : String(error))}`,
    );
  }
}
