import type { StartBulkJobRequest } from "@/lib/bulk/job-request";
import { randomHex } from "./trtc-test-app";
import { expect, vi } from "vitest";
import type { Db } from "@/lib/server/db";
import { getJobProgress } from "@/lib/server/bulk/read-job";
import { intentRequest } from "./scheduling-deps";

/** A start request of `count` valid rows (sheet rows 1…count), each its own room. */
export function bulkRequest(count: number, prefix = `bk-${randomHex(4)}`): StartBulkJobRequest {
  return {
    source: { fileName: "week.csv", encoding: "utf-8" },
    rows: Array.from({ length: count }, (_, i) => ({
      row: i + 1,
      values: intentRequest({ roomId: `${prefix}-${i + 1}`, roomName: `Class ${i + 1}` }).values,
    })),
  };
}

/** A clock the test moves by hand. */
export function manualClock(start = Date.now()) {
  let now = start;
  return { now: () => now, advance: (ms: number) => void (now += ms) };
}

/**
 * An account row for a job's starter: the worker sends a job's rows only while its starter is an admin
 * who is not banned (lib/server/bulk/job-starter.ts).
 */
export async function seedAccount(db: Db, id: string, standing: { role?: string; banned?: boolean } = {}) {
  // better-sqlite3 binds no booleans.
  const flag = (b: boolean) => (db.dialect === "sqlite" ? Number(b) : b);
  const at = new Date().toISOString();
  const role = standing.role ?? "admin";
  const banned = flag(standing.banned ?? false);
  await db.kysely
    .insertInto("user")
    .values({
      id,
      name: id,
      email: `${id}@roomdesk.test`,
      emailVerified: flag(true),
      image: null,
      createdAt: at,
      updatedAt: at,
      role,
      banned,
      banReason: null,
      banExpires: null,
    })
    .onConflict((oc) => oc.column("id").doUpdateSet({ role, banned }))
    .execute();
}

/** Waits (a guard rail, not a measure) until the job is no longer running. */
export const untilJobSettled = (db: Db, jobId: string) =>
  vi.waitFor(async () => expect((await getJobProgress(db, jobId, Date.now()))!.state).not.toBe("running"), {
    timeout: 30_000,
    interval: 10,
  });
