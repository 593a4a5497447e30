import "server-only";
import { createHash } from "node:crypto";
import type { ScheduleMeetingValues } from "@/lib/schemas/meeting";
import type { CreateRoomBody } from "@/lib/trtc/wire";
import type { Kysely } from "kysely";
import type { Db } from "../db";
import { keepPrepared } from "../db/prepared";
import type { Database, IntentStatus, ScheduleIntentsTable } from "../db/schema";

export type IntentRow = ScheduleIntentsTable;

/** What an intent needs to be finished without its browser: the validated values and the exact body. */
export interface IntentRequest {
  values: ScheduleMeetingValues;
  body: CreateRoomBody;
  /** A reschedule's new room: the calendar identity it takes over (reschedule-meeting.ts). */
  lineage?: CalendarLineage;
}

/** The iCalendar UID a new meeting keeps and the SEQUENCE it starts at, so calendars move the invitation. */
export interface CalendarLineage {
  calendarUid: string;
  sequence: number;
}

export interface Lease {
  owner: string;
  ms: number;
  /** Milliseconds; injectable for tests. */
  now?: () => number;
}

const iso = (ms: number) => new Date(ms).toISOString();
const leaseNow = (lease: Lease) => (lease.now ?? Date.now)();

export function bodyHash(body: unknown): string {
  return createHash("sha256").update(JSON.stringify(body)).digest("hex");
}

export const intentRequestOf = (row: IntentRow): IntentRequest | null =>
  row.request ? (JSON.parse(row.request) as IntentRequest) : null;

export type NewIntent = Pick<IntentRow, "intent_id" | "room_id" | "actor_id" | "body_hash" | "start_time"> & {
  request: IntentRequest;
};

export type IntentClaim = { claimed: true } | { claimed: false; existing: IntentRow };

/** The row a claim inserts: pending, leased to this instance. */
export function pendingIntentRow(intent: NewIntent, lease: Lease): IntentRow {
  const now = leaseNow(lease);
  return {
    ...intent,
    request: JSON.stringify(intent.request),
    status: "pending",
    outcome: null,
    created_at: iso(now),
    updated_at: iso(now),
    lease_owner: lease.owner,
    lease_until: iso(now + lease.ms),
  };
}

/**
 * Persists the intent, with its lease, before any attempt. Exactly one caller (across instances) wins the
 * insert and performs the create; every other submission of the same intent gets the existing row.
 */
export async function claimIntent(db: Db, intent: NewIntent, lease: Lease): Promise<IntentClaim> {
  const inserted = await db.kysely
    .insertInto("schedule_intents")
    .values(pendingIntentRow(intent, lease))
    .onConflict((oc) => oc.column("intent_id").doNothing())
    .returning("intent_id")
    .modifyEnd(keepPrepared)
    .executeTakeFirst();
  if (inserted) return { claimed: true };
  const existing = await getIntent(db, intent.intent_id);
  if (!existing) throw new Error("intent vanished after a conflicting insert");
  return { claimed: false, existing };
}

/** Whether an intent is on record, without reading it: every scheduling asks, and a fresh one has none. */
export async function intentExists(db: Db, intentId: string): Promise<boolean> {
  const row = await db.kysely
    .selectFrom("schedule_intents")
    .select("intent_id")
    .where("intent_id", "=", intentId)
    .modifyEnd(keepPrepared)
    .executeTakeFirst();
  return row !== undefined;
}

export function getIntent(db: Db, intentId: string): Promise<IntentRow | undefined> {
  return db.kysely
    .selectFrom("schedule_intents")
    .selectAll()
    .where("intent_id", "=", intentId)
    .executeTakeFirst();
}

/** Unsettled and held by nobody: a worker gave up without knowing (unknown), or its lease ran out. */
export function isUnattended(row: IntentRow, lease: Lease): boolean {
  const now = leaseNow(lease);
  if (row.status === "unknown") return row.lease_until === null || Date.parse(row.lease_until) < now;
  if (row.status !== "pending") return false;
  // Rows from before leases existed: their worker is gone once they have not moved for a lease.
  const until = row.lease_until ?? iso(Date.parse(row.updated_at) + lease.ms);
  return Date.parse(until) < now;
}

/**
 * Takes over an unattended intent (its worker died, or gave up as unknown): only one caller, on any
 * instance, wins the conditional update, and it must verify before creating since a room may exist.
 */
export async function takeOverIntent(db: Db, row: IntentRow, lease: Lease): Promise<boolean> {
  if (!isUnattended(row, lease)) return false;
  const now = leaseNow(lease);
  let update = db.kysely
    .updateTable("schedule_intents")
    .set({
      status: "pending",
      lease_owner: lease.owner,
      lease_until: iso(now + lease.ms),
      updated_at: iso(now),
    })
    .where("intent_id", "=", row.intent_id)
    .where("status", "=", row.status)
    .where("updated_at", "=", row.updated_at);
  update =
    row.lease_until === null
      ? update.where("lease_until", "is", null)
      : update.where("lease_until", "=", row.lease_until);
  const result = await update.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Keeps the lease alive while the work runs (a third of the lease between renewals), so a short lease
 * still spots a dead worker quickly without taking an intent from a slow but living one.
 */
export function holdLease(db: Db, intentId: string, lease: Lease): () => void {
  const timer = setInterval(
    () => {
      const now = leaseNow(lease);
      void db.kysely
        .updateTable("schedule_intents")
        .set({ lease_until: iso(now + lease.ms) })
        .where("intent_id", "=", intentId)
        .where("lease_owner", "=", lease.owner)
        .where("status", "=", "pending")
        .execute()
        .catch(() => undefined);
    },
    Math.max(250, Math.floor(lease.ms / 3)),
  );
  timer.unref();
  return () => clearInterval(timer);
}

/**
 * Records where the intent ended. `unknown` hands it back (no lease) for the reconciler; the others
 * settle it. Only the lease holder's word counts: a worker that lost its lease changes nothing.
 */
export function finishIntent(
  db: Db,
  intentId: string,
  owner: string,
  status: Exclude<IntentStatus, "pending">,
  outcome: unknown,
): Promise<boolean> {
  return finishIntentWith(db.kysely, intentId, owner, status, outcome);
}

/** finishIntent inside a transaction the caller holds (the meeting index's, run-intent.ts). */
export async function finishIntentWith(
  executor: Kysely<Database>,
  intentId: string,
  owner: string,
  status: Exclude<IntentStatus, "pending">,
  outcome: unknown,
): Promise<boolean> {
  const result = await executor
    .updateTable("schedule_intents")
    .set({
      status,
      outcome: JSON.stringify(outcome),
      updated_at: new Date().toISOString(),
      lease_owner: null,
      lease_until: null,
    })
    .where("intent_id", "=", intentId)
    .where("status", "=", "pending")
    .where("lease_owner", "=", owner)
    .modifyEnd(keepPrepared)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Whether an earlier intent for this RoomId is still unsettled (pending, or unknown): then Tencent may
 * hold a room that is ours. Failed intents are settled: Roomdesk knew no room was made.
 */
export async function priorUnsettledIntent(db: Db, roomId: string, intentId: string): Promise<boolean> {
  const row = await db.kysely
    .selectFrom("schedule_intents")
    .select("intent_id")
    .where("room_id", "=", roomId)
    .where("intent_id", "!=", intentId)
    .where("status", "in", ["pending", "unknown"])
    .modifyEnd(keepPrepared)
    .executeTakeFirst();
  return row !== undefined;
}

/** Unattended intents, oldest first; takeOverIntent then decides which instance works on each. */
export function reconcilableIntents(db: Db, lease: Lease, limit: number): Promise<IntentRow[]> {
  const now = iso(leaseNow(lease));
  const legacyCutoff = iso(leaseNow(lease) - lease.ms);
  return db.kysely
    .selectFrom("schedule_intents")
    .selectAll()
    .where("request", "is not", null)
    .where((eb) =>
      eb.or([
        eb.and([
          eb("status", "=", "unknown"),
          eb.or([eb("lease_until", "is", null), eb("lease_until", "<", now)]),
        ]),
        eb.and([eb("status", "=", "pending"), eb("lease_until", "<", now)]),
        eb.and([
          eb("status", "=", "pending"),
          eb("lease_until", "is", null),
          eb("updated_at", "<", legacyCutoff),
        ]),
      ]),
    )
    .orderBy("updated_at")
    .limit(limit)
    .execute();
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
