import "server-only";
import type { SupportCallDetail } from "@/lib/support/types";
import type { Db } from "../db";
import { withActors } from "../audit/actor-names";
import { CALL_COLUMNS, toCall } from "./rows";

const ROOM_TIMELINE_LIMIT = 50;

/** One audit row with its redacted bodies, the attempts of its intent and its room's other calls. */
export async function getCallDetail(db: Db, id: number): Promise<Omit<SupportCallDetail, "app"> | null> {
  const row = await db.kysely
    .selectFrom("audit_log")
    .leftJoin("audit_payload", "audit_payload.audit_id", "audit_log.id")
    // A completed attempt's answer is in audit_response; rows written in one go keep theirs in the payload.
    .leftJoin("audit_response", "audit_response.audit_id", "audit_log.id")
    .select(CALL_COLUMNS.map((c) => `audit_log.${c}` as const))
    .select((eb) => [
      "audit_payload.request_body",
      eb.fn.coalesce("audit_response.response_body", "audit_payload.response_body").as("response_body"),
    ])
    .where("audit_log.id", "=", id)
    .executeTakeFirst();
  if (!row) return null;

  const attempts = row.intent_id
    ? await db.kysely
        .selectFrom("audit_log")
        .select(CALL_COLUMNS)
        .where("intent_id", "=", row.intent_id)
        .orderBy("occurred_at", "asc")
        .orderBy("id", "asc")
        .limit(100)
        .execute()
    : [row];
  const roomCalls = row.room_id
    ? await db.kysely
        .selectFrom("audit_log")
        .select(CALL_COLUMNS)
        .where("room_id", "=", row.room_id)
        .where("id", "!=", id)
        .where("action", "not like", "support.%")
        .orderBy("occurred_at", "desc")
        .orderBy("id", "desc")
        .limit(ROOM_TIMELINE_LIMIT)
        .execute()
    : [];

  // One lookup for every actor on the page: the call's, its attempts' and its room's.
  const [call, ...others] = await withActors(db, [row, ...attempts, ...roomCalls].map(toCall));
  return {
    call: call!,
    requestBody: row.request_body,
    responseBody: row.response_body,
    attempts: others.slice(0, attempts.length),
    roomCalls: others.slice(attempts.length),
  };
}
