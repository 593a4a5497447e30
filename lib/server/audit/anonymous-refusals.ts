import "server-only";
import type { Db } from "../db";
import { recordAudit, type AuditEvent } from "./record";
import {
  flushCounts,
  pendingCounts,
  REFUSAL_COUNTING,
  SHARED_ADDRESS,
  summariseClosedWindows,
  windowOf,
} from "./refusal-counters";

/*
 * Anonymous refusals are counted, not written one by one: the audit log is append-only, so a flood
 * written row by row would fill the disk and then, failing closed, stop scheduling. Per client address
 * and window, the first refusal is written in full; the rest are counted in `refusal_counts` (in the
 * database, so every instance counts into the same row and agrees on which refusal was first), and
 * once the window has closed one summary row says how many more there were (refusal-counters.ts).
 * Past `addressesPerWindow` addresses in a window, further addresses share one counter ("*"), so
 * rotating addresses cannot grow the log either: at most about 2 × (addressesPerWindow + 1) rows per
 * window, whatever the traffic. Signed-in refusals are not counted here; each keeps its own row.
 *
 * A process adds its further refusals up in memory and writes them to the counter at least every
 * `flushEveryMs`, so a flood costs one UPDATE a second per instance rather than one per request; a
 * crash loses at most that second's count, never a written row.
 */

/** Counts one refusal in an existing counter; null when the window has none for the address yet. */
async function bump(db: Db, windowStart: string, address: string, nowIso: string): Promise<number | null> {
  const row = await db.kysely
    .updateTable("refusal_counts")
    .set((eb) => ({ refusals: eb("refusals", "+", 1), last_at: nowIso }))
    .where("window_start", "=", windowStart)
    .where("address", "=", address)
    .returning("refusals")
    .executeTakeFirst();
  return row ? row.refusals : null;
}

async function windowIsFull(db: Db, windowStart: string): Promise<boolean> {
  const { n } = await db.kysely
    .selectFrom("refusal_counts")
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .where("window_start", "=", windowStart)
    .executeTakeFirstOrThrow();
  return Number(n) >= REFUSAL_COUNTING.addressesPerWindow;
}

/** Opens a counter with this refusal, or counts it when another instance opened it first. */
async function open(db: Db, windowStart: string, address: string, nowIso: string): Promise<number> {
  const row = await db.kysely
    .insertInto("refusal_counts")
    .values({ window_start: windowStart, address, refusals: 1, last_at: nowIso, summarised_at: null })
    .onConflict((oc) =>
      oc.columns(["window_start", "address"]).doUpdateSet((eb) => ({
        refusals: eb("refusal_counts.refusals", "+", 1),
        last_at: nowIso,
      })),
    )
    .returning("refusals")
    .executeTakeFirstOrThrow();
  return row.refusals;
}

/**
 * Counts one anonymous refusal from `address` (null: unknown) and writes `entry` in full when it is
 * the first of its window. This process's counts are flushed, and closed windows summarised, on the
 * way (refusal-counters.ts), or by keepSummarising's timer when no refusal follows.
 */
export async function recordAnonymousRefusal(
  db: Db,
  address: string | null,
  event: AuditEvent,
  now = new Date(),
): Promise<"written" | "counted"> {
  const nowIso = now.toISOString();
  const window = windowOf(now);
  const own = address ?? "unknown";
  const pending = pendingCounts(db);
  await flushCounts(db, now);

  const known = pending.counter(window.start, own);
  if (known) {
    pending.add(known, nowIso);
    return "counted";
  }
  let target = own;
  let refusals = pending.isFull(window.start) ? null : await bump(db, window.start, own, nowIso);
  if (refusals === null) {
    if (pending.isFull(window.start) || (await windowIsFull(db, window.start))) {
      pending.markFull(window.start);
      target = SHARED_ADDRESS;
      const shared = pending.counter(window.start, SHARED_ADDRESS);
      if (shared) {
        pending.add(shared, nowIso);
        return "counted";
      }
    }
    refusals = await open(db, window.start, target, nowIso);
  }
  pending.remember(window.start, target);
  if (refusals > 1) return "counted";

  await summariseClosedWindows(db, now);
  const counting =
    target === SHARED_ADDRESS
      ? `more than ${REFUSAL_COUNTING.addressesPerWindow} addresses this window: anonymous refusals from further addresses are counted together until ${window.end}`
      : `further anonymous refusals from this address are counted until ${window.end}`;
  const request = event.details?.request;
  const body = request && typeof request === "object" ? request : {};
  await recordAudit(db, {
    ...event,
    occurredAt: now,
    details: { ...event.details, request: { ...body, counting } },
  });
  return "written";
}
