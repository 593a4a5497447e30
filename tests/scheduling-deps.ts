import type { RunningSandbox } from "@/lib/sandbox";
import { toCreateRoomBody } from "@/lib/schemas/create-room-body";
import { makeScheduleMeetingSchema } from "@/lib/schemas/meeting";
import type { Db } from "@/lib/server/db";
import type { SchedulingDeps } from "@/lib/server/meetings/deps";
import { RetryBudget } from "@/lib/server/reliability/retry-budget";
import { ADMIN, randomHex } from "./trtc-test-app";
import { clientFor } from "./trtc-client";
import { daysFromNow, scheduleInput } from "./schedule-input";

/** Scheduling's dependencies, built by hand: one "instance" per lease owner, all on one database. */
export function schedulingDepsFor(
  db: Db,
  sandbox: RunningSandbox,
  secret: string,
  opts: { owner?: string; now?: () => number; leaseMs?: number; budget?: RetryBudget } = {},
): SchedulingDeps {
  const now = opts.now ?? Date.now;
  return {
    db,
    trtc: clientFor(sandbox, secret, { timeoutMs: 30_000, now }),
    secrets: [secret],
    limits: { maxMembers: 300, maxSeats: 20 },
    now,
    retry: {
      budget: opts.budget ?? new RetryBudget({ capacity: 10, now }),
      maxAttempts: 3,
      backoff: { baseMs: 1, capMs: 2 },
      sleep: async () => {},
    },
    adminUserId: ADMIN,
    lease: { owner: opts.owner ?? `instance-${randomHex(3)}`, ms: opts.leaseMs ?? 30_000, now },
  };
}

/** The validated values and exact create body of a meeting, as an intent stores them. */
export function intentRequest(fields: Record<string, unknown> = {}) {
  const values = makeScheduleMeetingSchema({ maxMembers: 300, maxSeats: 20 }).parse(
    scheduleInput({
      roomId: `rc-${randomHex(5)}`,
      roomName: "Reconciled",
      schedule: { date: daysFromNow(5), time: "10:00", timeZone: "Europe/Berlin", durationMinutes: 30 },
      ...fields,
    }),
  );
  return { values, body: toCreateRoomBody(values) };
}
