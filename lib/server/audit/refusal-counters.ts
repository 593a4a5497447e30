import "server-only";
import type { Db } from "../db";
import { ANONYMOUS, insertAudit } from "./record";
import { redactString } from "../redact";

/** The counters behind anonymous-refusals.ts: windows, this process's unflushed counts, summaries. */
export const REFUSAL_COUNTING = {
  windowMs: 10 * 60_000,
  addressesPerWindow: 100,
  flushEveryMs: 1_000,
  /** A window is summarised this long after it closed, once every instance has flushed into it. */
  graceMs: 5_000,
  /** Summarised counters are deleted after this; the audit log keeps the summary. */
  keepMs: 24 * 3_600_000,
} as const;

export const SHARED_ADDRESS = "*";

export function windowOf(now: Date) {
  const start = Math.floor(now.getTime() / REFUSAL_COUNTING.windowMs) * REFUSAL_COUNTING.windowMs;
  return {
    start: new Date(start).toISOString(),
    end: new Date(start + REFUSAL_COUNTING.windowMs).toISOString(),
  };
}

interface Counter {
  windowStart: string;
  address: string;
  /** Refusals counted here and not yet added to the database's counter. */
  unflushed: number;
  lastAt: string;
}

const windowEnd = (windowStart: string) => Date.parse(windowStart) + REFUSAL_COUNTING.windowMs;

/** What this process has counted for each (window, address) whose counter exists in the database. */
class PendingCounts {
  private counters = new Map<string, Counter>();
  private full = new Set<string>();
  /** Windows this process counted in whose summary it has not seen written yet. */
  private unsummarised = new Set<string>();
  lastFlushMs = -Infinity;

  counter(windowStart: string, address: string): Counter | undefined {
    return this.counters.get(`${windowStart}|${address}`);
  }
  remember(windowStart: string, address: string): void {
    const key = `${windowStart}|${address}`;
    if (!this.counters.has(key)) this.counters.set(key, { windowStart, address, unflushed: 0, lastAt: "" });
    this.unsummarised.add(windowStart);
  }
  add(counter: Counter, atIso: string): void {
    counter.unflushed++;
    counter.lastAt = atIso;
  }
  /** Past the address cap: further addresses go straight to the shared counter. */
  isFull = (windowStart: string) => this.full.has(windowStart);
  markFull = (windowStart: string) => void this.full.add(windowStart);

  /** Takes what is to be written (so a second flush cannot write it again) and forgets old windows. */
  take(nowMs: number): Counter[] {
    const taken: Counter[] = [];
    for (const [key, c] of this.counters) {
      if (c.unflushed > 0) taken.push({ ...c });
      c.unflushed = 0;
      if (windowEnd(c.windowStart) < nowMs) this.counters.delete(key);
    }
    for (const w of this.full) if (windowEnd(w) < nowMs) this.full.delete(w);
    return taken;
  }
  hasClosed = (closedBefore: string) => [...this.unsummarised].some((w) => w <= closedBefore);
  summarised(closedBefore: string): void {
    for (const w of this.unsummarised) if (w <= closedBefore) this.unsummarised.delete(w);
  }
  giveBack(c: Counter): void {
    this.remember(c.windowStart, c.address);
    this.counter(c.windowStart, c.address)!.unflushed += c.unflushed;
  }
}

const pendingByDb = new WeakMap<Db, PendingCounts>();

export function pendingCounts(db: Db): PendingCounts {
  let pending = pendingByDb.get(db);
  if (!pending) pendingByDb.set(db, (pending = new PendingCounts()));
  return pending;
}

/**
 * Adds this process's counts to the database's counters, at most every `flushEveryMs`, then
 * summarises once a window it counted in has closed. `force` flushes now and summarises nothing.
 * Touches the database only when there is something to write.
 */
export async function flushCounts(db: Db, now = new Date(), force = false): Promise<void> {
  const pending = pendingCounts(db);
  if (!force && pending.lastFlushMs + REFUSAL_COUNTING.flushEveryMs > now.getTime()) return;
  pending.lastFlushMs = now.getTime();
  for (const c of pending.take(now.getTime())) {
    try {
      await db.kysely
        .updateTable("refusal_counts")
        .set((eb) => ({ refusals: eb("refusals", "+", c.unflushed), last_at: c.lastAt }))
        .where("window_start", "=", c.windowStart)
        .where("address", "=", c.address)
        .execute();
    } catch (error) {
      pending.giveBack(c);
      throw error;
    }
  }
  if (!force && pending.hasClosed(closedBefore(now))) await summariseClosedWindows(db, now);
}

const closedBefore = (now: Date) =>
  new Date(now.getTime() - REFUSAL_COUNTING.windowMs - REFUSAL_COUNTING.graceMs).toISOString();

/**
 * Writes one summary row per window closed (and past its grace period) that counted more than its
 * first refusal, exactly once across instances: claiming a counter and writing its summary are one
 * transaction. Counters summarised more than `keepMs` ago are deleted.
 */
export async function summariseClosedWindows(db: Db, now = new Date()): Promise<number> {
  const pending = pendingCounts(db);
  await flushCounts(db, now, true);
  const nowIso = now.toISOString();
  const before = closedBefore(now);
  const written = await db.kysely.transaction().execute(async (tx) => {
    const claimed = await tx
      .updateTable("refusal_counts")
      .set({ summarised_at: nowIso })
      .where("summarised_at", "is", null)
      .where("window_start", "<=", before)
      .returning(["window_start", "address", "refusals", "last_at"])
      .execute();
    let summaries = 0;
    for (const c of claimed.filter((c) => c.refusals > 1)) {
      const end = new Date(windowEnd(c.window_start)).toISOString();
      const from = c.address === SHARED_ADDRESS ? "addresses past the per-window cap" : c.address;
      await insertAudit(tx, db.dialect, {
        actor: ANONYMOUS,
        action: "auth.refused_counted",
        outcome: "refused",
        occurredAt: now,
        details: {
          error: `${c.refusals - 1} more anonymous refusals from ${from} between ${c.window_start} and ${end}, counted rather than written one by one`,
          request: {
            ip: c.address,
            window_start: c.window_start,
            window_end: end,
            refusals: c.refusals,
            written_in_full: 1,
            last_at: c.last_at,
          },
        },
      });
      summaries++;
    }
    await tx
      .deleteFrom("refusal_counts")
      .where("summarised_at", "<", new Date(now.getTime() - REFUSAL_COUNTING.keepMs).toISOString())
      .execute();
    return summaries;
  });
  pending.summarised(before);
  return written;
}

const timers = new WeakMap<Db, NodeJS.Timeout>();

/**
 * Flushes this process's counts every second and summarises its windows once closed (flushCounts),
 * so both happen soon after a flood stops. Started on a process's first counted refusal.
 */
export function keepSummarising(db: Db): void {
  if (timers.has(db)) return;
  const timer = setInterval(() => {
    flushCounts(db).catch((error: unknown) =>
      console.error(
        `roomdesk: could not write counted refusals: ${redactString(error instanceof Error ? error.message : String(error))}`,
      ),
    );
  }, REFUSAL_COUNTING.flushEveryMs);
  timer.unref();
  timers.set(db, timer);
}
