import "server-only";
import type { Db } from "../db";

/**
 * The sign-in throttle, in the database so every instance shares it, and consulted by the sign-in
 * action itself (Better Auth's own limiter never sees `auth.api` calls). Each attempt counts as a
 * failure up front, so parallel guesses on several instances cannot all slip past one read; a
 * success gives its count back. After `free` failures each further one blocks the key for an
 * escalating delay (base · 2^n, capped), well under NIST's 100 consecutive failures.
 */
export const THROTTLE_POLICY = {
  account: { free: 5, baseMs: 5_000 },
  ip: { free: 20, baseMs: 5_000 },
  capMs: 15 * 60_000,
  /** Failures older than this are forgotten. */
  windowMs: 15 * 60_000,
} as const;

export type ThrottleKind = keyof Pick<typeof THROTTLE_POLICY, "account" | "ip">;
export interface ThrottleKey {
  kind: ThrottleKind;
  key: string;
}

export const accountKey = (email: string): ThrottleKey => ({
  kind: "account",
  key: `account:${email.trim().toLowerCase()}`,
});
export const ipKey = (ip: string): ThrottleKey => ({ kind: "ip", key: `ip:${ip}` });

export interface AttemptTicket {
  keys: (ThrottleKey & { previousBlockedUntil: string | null })[];
}

export type AttemptDecision =
  | { allowed: true; ticket: AttemptTicket }
  | { allowed: false; retryAfterSeconds: number; blockedBy: ThrottleKind[] };

const delayMs = (kind: ThrottleKind, failures: number) => {
  const { free, baseMs } = THROTTLE_POLICY[kind];
  return failures < free ? 0 : Math.min(baseMs * 2 ** (failures - free), THROTTLE_POLICY.capMs);
};

/** Refuses while any key is blocked; otherwise counts this attempt against every key. */
export async function beginAttempt(db: Db, keys: ThrottleKey[], now = new Date()): Promise<AttemptDecision> {
  const nowIso = now.toISOString();
  return db.kysely.transaction().execute(async (tx) => {
    await tx
      .insertInto("login_throttle")
      .values(keys.map(({ key }) => ({ key, failures: 0, last_failure_at: nowIso, blocked_until: null })))
      .onConflict((oc) => oc.column("key").doNothing())
      .execute();
    let select = tx
      .selectFrom("login_throttle")
      .selectAll()
      .where(
        "key",
        "in",
        keys.map((k) => k.key),
      );
    if (db.dialect === "postgres") select = select.forUpdate();
    const rows = new Map((await select.execute()).map((r) => [r.key, r]));

    const blocked = keys.filter((k) => (rows.get(k.key)?.blocked_until ?? "") > nowIso);
    if (blocked.length > 0) {
      const until = Math.max(...blocked.map((k) => Date.parse(rows.get(k.key)!.blocked_until!)));
      return {
        allowed: false,
        retryAfterSeconds: Math.max(1, Math.ceil((until - now.getTime()) / 1000)),
        blockedBy: blocked.map((k) => k.kind),
      };
    }

    const ticket: AttemptTicket = { keys: [] };
    for (const k of keys) {
      const row = rows.get(k.key)!;
      const stale = now.getTime() - Date.parse(row.last_failure_at) > THROTTLE_POLICY.windowMs;
      const failures = (stale ? 0 : row.failures) + 1;
      const delay = delayMs(k.kind, failures);
      await tx
        .updateTable("login_throttle")
        .set({
          failures,
          last_failure_at: nowIso,
          blocked_until: delay > 0 ? new Date(now.getTime() + delay).toISOString() : null,
        })
        .where("key", "=", k.key)
        .execute();
      ticket.keys.push({ ...k, previousBlockedUntil: row.blocked_until });
    }
    return { allowed: true, ticket };
  });
}

/** A correct password: the account starts over; the address gets this attempt back. */
export async function recordSuccess(db: Db, ticket: AttemptTicket): Promise<void> {
  await db.kysely.transaction().execute(async (tx) => {
    for (const k of ticket.keys) {
      if (k.kind === "account") {
        await tx.deleteFrom("login_throttle").where("key", "=", k.key).execute();
        continue;
      }
      const row = await tx
        .selectFrom("login_throttle")
        .selectAll()
        .where("key", "=", k.key)
        .executeTakeFirst();
      if (!row) continue;
      await tx
        .updateTable("login_throttle")
        .set({ failures: Math.max(0, row.failures - 1), blocked_until: k.previousBlockedUntil })
        .where("key", "=", k.key)
        .execute();
    }
  });
}
