import "server-only";
import type { Insertable, Transaction } from "kysely";
import type { Db } from "../db";
import type { CallbackCountersTable, Database, RoomEventsTable } from "../db/schema";

/** An event ready to store: its row, and the accounts it names. */
export interface PendingEvent {
  row: Insertable<RoomEventsTable>;
  accounts: string[];
}

export type WriteOutcome = { kind: "stored"; eventId: number } | { kind: "duplicate" };

type Item =
  | { kind: "event"; event: PendingEvent; done: (o: WriteOutcome) => void; fail: (e: unknown) => void }
  | { kind: "refusal"; reason: string; at: string; done: () => void; fail: (e: unknown) => void };

/** Keeps one transaction's size sensible however deep the queue gets. */
const MAX_BATCH = 500;

type CounterKey = `${CallbackCountersTable["counter"]}\n${string}`;

async function bumpCounters(tx: Transaction<Database>, counts: Map<CounterKey, { n: number; at: string }>) {
  for (const [key, { n, at }] of counts) {
    const [counter, name] = key.split("\n") as [CallbackCountersTable["counter"], string];
    await tx
      .insertInto("callback_counters")
      .values({ counter, key: name, count: n, last_at: at })
      .onConflict((oc) =>
        oc.columns(["counter", "key"]).doUpdateSet((eb) => ({
          count: eb("callback_counters.count", "+", n),
          last_at: at,
        })),
      )
      .execute();
  }
}

function tally(counts: Map<CounterKey, { n: number; at: string }>, key: CounterKey, at: string) {
  const c = counts.get(key);
  if (c) {
    c.n += 1;
    if (at > c.at) c.at = at;
  } else counts.set(key, { n: 1, at });
}

async function writeBatch(db: Db, batch: Item[]): Promise<(WriteOutcome | null)[]> {
  return db.kysely.transaction().execute(async (tx) => {
    const counts = new Map<CounterKey, { n: number; at: string }>();
    const outcomes: (WriteOutcome | null)[] = [];
    for (const item of batch) {
      if (item.kind === "refusal") {
        tally(counts, `refused\n${item.reason}`, item.at);
        outcomes.push(null);
        continue;
      }
      const { row, accounts } = item.event;
      // One statement per event, in order: a redelivery inside the same batch meets the first one here.
      const inserted = await tx
        .insertInto("room_events")
        .values(row)
        .onConflict((oc) => oc.column("dedupe_key").doNothing())
        .returning("id")
        .executeTakeFirst();
      if (!inserted) {
        tally(counts, `duplicate\n${row.command}`, row.received_at);
        outcomes.push({ kind: "duplicate" });
        continue;
      }
      const eventId = Number(inserted.id);
      if (accounts.length > 0)
        await tx
          .insertInto("room_event_accounts")
          .values(
            accounts.map((account) => ({
              event_id: eventId,
              account,
              room_id: row.room_id ?? null,
              event_time_ms: row.event_time_ms,
            })),
          )
          .execute();
      tally(counts, `stored\n${row.command}`, row.received_at);
      outcomes.push({ kind: "stored", eventId });
    }
    await bumpCounters(tx, counts);
    return outcomes;
  });
}

/**
 * Group commit: what arrives while a transaction is being written waits for the next one, so a flood
 * costs one commit (one fsync on SQLite, where the commit blocks the event loop) per batch rather than
 * per callback, and a quiet moment still writes a lone event at once. Each caller is answered only once
 * its batch has committed: Tencent hears OK only for what is stored.
 */
export function createEventWriter(db: Db) {
  let queue: Item[] = [];
  let draining = false;

  async function drain() {
    draining = true;
    try {
      while (queue.length > 0) {
        const batch = queue.slice(0, MAX_BATCH);
        queue = queue.slice(batch.length);
        try {
          const outcomes = await writeBatch(db, batch);
          batch.forEach((item, i) => {
            if (item.kind === "event") item.done(outcomes[i] as WriteOutcome);
            else item.done();
          });
        } catch (e) {
          for (const item of batch) item.fail(e);
        }
      }
    } finally {
      draining = false;
    }
  }

  function enqueue(item: Item) {
    queue.push(item);
    // Next turn of the event loop: requests already read in this one join the same batch.
    if (!draining) setImmediate(() => void (draining ? undefined : drain()));
  }

  return {
    store: (event: PendingEvent) =>
      new Promise<WriteOutcome>((done, fail) => enqueue({ kind: "event", event, done, fail })),
    countRefusal: (reason: string, at: string) =>
      new Promise<void>((done, fail) => enqueue({ kind: "refusal", reason, at, done, fail })),
  };
}

export type EventWriter = ReturnType<typeof createEventWriter>;

const writers = new WeakMap<Db, EventWriter>();

/** One writer per database handle, shared by every request of the process. */
export function eventWriterFor(db: Db): EventWriter {
  let w = writers.get(db);
  if (!w) {
    w = createEventWriter(db);
    writers.set(db, w);
  }
  return w;
}
