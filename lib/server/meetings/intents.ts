import "server-only";
import { createHash } from "node:crypto";
import type { Db } from "../db";
import type { IntentStatus, ScheduleIntentsTable } from "../db/schema";

export type IntentRow = ScheduleIntentsTable;

export function bodyHash(body: unknown): string {
  return createHash("sha256").update(JSON.stringify(body)).digest("hex");
}

/**
 * Persists the intent before any attempt. Exactly one caller (across instances) wins the insert and
 * performs the create; every other submission of the same intent gets the existing row instead.
 */
export async function claimIntent(
  db: Db,
  intent: Pick<IntentRow, "intent_id" | "room_id" | "actor_id" | "body_hash">,
): Promise<{ claimed: true } | { claimed: false; existing: IntentRow }> {
  const now = new Date().toISOString();
  const inserted = await db.kysely
    .insertInto("schedule_intents")
    .values({ ...intent, status: "pending", outcome: null, created_at: now, updated_at: now })
    .onConflict((oc) => oc.column("intent_id").doNothing())
    .returning("intent_id")
    .executeTakeFirst();
  if (inserted) return { claimed: true };
  const existing = await getIntent(db, intent.intent_id);
  if (!existing) throw new Error("intent vanished after a conflicting insert");
  return { claimed: false, existing };
}

export function getIntent(db: Db, intentId: string): Promise<IntentRow | undefined> {
  return db.kysely
    .selectFrom("schedule_intents")
    .selectAll()
    .where("intent_id", "=", intentId)
    .executeTakeFirst();
}

export async function finishIntent(
  db: Db,
  intentId: string,
  status: Exclude<IntentStatus, "pending">,
  outcome: unknown,
) {
  await db.kysely
    .updateTable("schedule_intents")
    .set({ status, outcome: JSON.stringify(outcome), updated_at: new Date().toISOString() })
    .where("intent_id", "=", intentId)
    .where("status", "=", "pending")
    .execute();
}

/**
 * Whether an earlier intent for this RoomId ended without a definite answer (still pending after a crash,
 * or failed with the outcome unknown): then Tencent may hold a room that is ours.
 */
export async function priorUnsettledIntent(db: Db, roomId: string, intentId: string): Promise<boolean> {
  const row = await db.kysely
    .selectFrom("schedule_intents")
    .select("intent_id")
    .where("room_id", "=", roomId)
    .where("intent_id", "!=", intentId)
    .where("status", "in", ["pending", "failed"])
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Takes over an intent whose worker vanished (the process died mid-create): only one caller wins the
 * conditional update, and it finishes the intent, verifying first since a room may already exist.
 */
export async function takeOverStaleIntent(db: Db, row: IntentRow, staleAfterMs: number): Promise<boolean> {
  if (row.status !== "pending" || Date.now() - Date.parse(row.updated_at) < staleAfterMs) return false;
  const result = await db.kysely
    .updateTable("schedule_intents")
    .set({ updated_at: new Date().toISOString() })
    .where("intent_id", "=", row.intent_id)
    .where("status", "=", "pending")
    .where("updated_at", "=", row.updated_at)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Waits for another request handling the same intent to finish (double click, two tabs, two instances). */
export async function waitForIntent(
  db: Db,
  intentId: string,
  timeoutMs: number,
): Promise<IntentRow | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const row = await getIntent(db, intentId);
    if (!row || row.status !== "pending" || Date.now() >= deadline) return row;
    await new Promise((r) => setTimeout(r, 100));
  }
}
