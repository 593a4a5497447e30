import "server-only";
import type { Kysely } from "kysely";
import type { AuditActor } from "../audit/record";
import { insertAudit } from "../audit/record";
import type { Db } from "../db";
import type { Database, RescheduleStatus, ReschedulesTable } from "../db/schema";
import { bodyHash, type IntentRequest, type Lease } from "./intents";

export type RescheduleRow = ReschedulesTable;

const iso = (ms: number) => new Date(ms).toISOString();
const leaseNow = (lease: Lease) => (lease.now ?? Date.now)();
const UNFINISHED: RescheduleStatus[] = ["creating", "destroying"];

export interface NewReschedule {
  intentId: string;
  oldRoomId: string;
  actor: AuditActor;
  /** The new room's request, as its scheduling intent stores it (with the calendar lineage). */
  request: IntentRequest;
  /** Unix seconds, for the start event. */
  window: { start: number; end: number; timeZone: string };
}

/**
 * What recording came to. The two refusals are the partial unique indexes refusing the row (migrations 015
 * and 016): `in-progress`, the meeting already has an unfinished reschedule; `new-room-taken`, another
 * unfinished reschedule creates the same new RoomId (it was recorded after this one's held-check passed).
 */
export type RecordedReschedule = "recorded" | "in-progress" | "new-room-taken";

/**
 * Records the reschedule, its new room's scheduling intent (same id, leased to this instance) and the
 * `meeting.reschedule_start` event in one transaction, before any call: all three or nothing.
 */
export async function recordReschedule(db: Db, r: NewReschedule, lease: Lease): Promise<RecordedReschedule> {
  const now = leaseNow(lease);
  const lease_until = iso(now + lease.ms);
  try {
    await db.kysely.transaction().execute(async (tx) => {
      await tx
        .insertInto("reschedules")
        .values({
          intent_id: r.intentId,
          old_room_id: r.oldRoomId,
          new_room_id: r.request.values.roomId,
          actor_id: r.actor.id,
          actor_role: r.actor.role,
          status: "creating",
          outcome: null,
          lease_owner: lease.owner,
          lease_until,
          created_at: iso(now),
          updated_at: iso(now),
        })
        .execute();
      await tx
        .insertInto("schedule_intents")
        .values({
          intent_id: r.intentId,
          room_id: r.request.values.roomId,
          actor_id: r.actor.id,
          body_hash: bodyHash(r.request.body),
          start_time: r.window.start,
          request: JSON.stringify(r.request),
          status: "pending",
          outcome: null,
          created_at: iso(now),
          updated_at: iso(now),
          lease_owner: lease.owner,
          lease_until,
        })
        .execute();
      await insertAudit(tx, db.dialect, {
        actor: r.actor,
        action: "meeting.reschedule_start",
        resource: { roomId: r.oldRoomId, intentId: r.intentId },
        outcome: "ok",
        details: { request: { from: r.oldRoomId, to: r.request.values.roomId, ...r.window } },
        occurredAt: new Date(now),
      });
    });
    return "recorded";
  } catch (error) {
    if (await unfinishedRescheduleOf(db, r.oldRoomId)) return "in-progress";
    if (await unfinishedRescheduleTo(db, r.request.values.roomId)) return "new-room-taken";
    throw error;
  }
}

function unfinishedRescheduleTo(db: Db, newRoomId: string): Promise<RescheduleRow | undefined> {
  return db.kysely
    .selectFrom("reschedules")
    .selectAll()
    .where("new_room_id", "=", newRoomId)
    .where("status", "in", UNFINISHED)
    .executeTakeFirst();
}

export function getReschedule(db: Db, intentId: string): Promise<RescheduleRow | undefined> {
  return db.kysely.selectFrom("reschedules").selectAll().where("intent_id", "=", intentId).executeTakeFirst();
}

export function unfinishedRescheduleOf(db: Db, oldRoomId: string): Promise<RescheduleRow | undefined> {
  return db.kysely
    .selectFrom("reschedules")
    .selectAll()
    .where("old_room_id", "=", oldRoomId)
    .where("status", "in", UNFINISHED)
    .executeTakeFirst();
}

/** Unfinished reschedules no live worker holds, oldest first; takeOverReschedule decides who works each. */
export function reconcilableReschedules(db: Db, lease: Lease, limit: number): Promise<RescheduleRow[]> {
  const now = iso(leaseNow(lease));
  return db.kysely
    .selectFrom("reschedules")
    .selectAll()
    .where("status", "in", UNFINISHED)
    .where((eb) => eb.or([eb("lease_until", "is", null), eb("lease_until", "<", now)]))
    .orderBy("updated_at")
    .limit(limit)
    .execute();
}

/** Takes an unattended reschedule over: only one caller, on any instance, wins the conditional update. */
export async function takeOverReschedule(db: Db, row: RescheduleRow, lease: Lease): Promise<boolean> {
  const now = leaseNow(lease);
  if (row.lease_until !== null && Date.parse(row.lease_until) >= now) return false;
  let update = db.kysely
    .updateTable("reschedules")
    .set({ lease_owner: lease.owner, lease_until: iso(now + lease.ms), updated_at: iso(now) })
    .where("intent_id", "=", row.intent_id)
    .where("status", "=", row.status)
    .where("updated_at", "=", row.updated_at);
  update =
    row.lease_until === null
      ? update.where("lease_until", "is", null)
      : update.where("lease_until", "=", row.lease_until);
  return Number((await update.executeTakeFirst()).numUpdatedRows) === 1;
}

/** Keeps this instance's lease on the reschedule alive while a step runs (as holdLease does for intents). */
export function holdRescheduleLease(db: Db, intentId: string, lease: Lease): () => void {
  const timer = setInterval(
    () => {
      void db.kysely
        .updateTable("reschedules")
        .set({ lease_until: iso(leaseNow(lease) + lease.ms) })
        .where("intent_id", "=", intentId)
        .where("lease_owner", "=", lease.owner)
        .where("status", "in", UNFINISHED)
        .execute()
        .catch(() => undefined);
    },
    Math.max(250, Math.floor(lease.ms / 3)),
  );
  timer.unref();
  return () => clearInterval(timer);
}

/** The new room exists: from here on the old one is always destroyed, by this worker or the reconciler. */
export async function markCreated(db: Db, intentId: string, owner: string, now: number): Promise<boolean> {
  const result = await db.kysely
    .updateTable("reschedules")
    .set({ status: "destroying", updated_at: iso(now) })
    .where("intent_id", "=", intentId)
    .where("status", "=", "creating")
    .where("lease_owner", "=", owner)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Hands the reschedule back unfinished (no lease), so the reconciler's next pass takes it. */
export async function releaseReschedule(db: Db, intentId: string, owner: string): Promise<void> {
  await db.kysely
    .updateTable("reschedules")
    .set({ lease_owner: null, lease_until: null })
    .where("intent_id", "=", intentId)
    .where("lease_owner", "=", owner)
    .where("status", "in", UNFINISHED)
    .execute();
}

/**
 * Ends the story: the row's final status and outcome and the `meeting.reschedule_finish` event, in one
 * transaction. Only the lease holder's word counts.
 */
export async function finishReschedule(
  db: Db,
  row: RescheduleRow,
  owner: string,
  end: { status: "done" | "not-rescheduled"; outcome: unknown; actor: AuditActor; now: number },
): Promise<boolean> {
  return db.kysely.transaction().execute(async (tx: Kysely<Database>) => {
    const result = await tx
      .updateTable("reschedules")
      .set({
        status: end.status,
        outcome: JSON.stringify(end.outcome),
        lease_owner: null,
        lease_until: null,
        updated_at: iso(end.now),
      })
      .where("intent_id", "=", row.intent_id)
      .where("status", "in", UNFINISHED)
      .where("lease_owner", "=", owner)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return false;
    await insertAudit(tx, db.dialect, {
      actor: end.actor,
      action: "meeting.reschedule_finish",
      resource: {
        roomId: end.status === "done" ? row.new_room_id : row.old_room_id,
        intentId: row.intent_id,
      },
      outcome: end.status === "done" ? "ok" : "failed",
      details: { response: { from: row.old_room_id, to: row.new_room_id, status: end.status } },
      occurredAt: new Date(end.now),
    });
    return true;
  });
}
