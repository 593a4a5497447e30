// What bench:bulk reports about a job, counted from the sandbox's own call log and the job's rows in
// Roomdesk's database; pure, so a unit test can show each count catches what it is meant to.
import type { SandboxCall } from "@/lib/sandbox/types";

/** A job row as stored in `bulk_job_rows`, the columns the counts read. */
export interface JobRowFact {
  row: number;
  roomId: string;
  status: string;
  errorKind: string | null;
  finishedAtMs: number | null;
}

/** Statuses that end a row with a reason the results show (`error_kind`), as opposed to a room. */
const REPORTED_FAILURES = new Set(["failed", "conflict", "unconfirmed", "cancelled"]);

/** The most stamps in any one-second window (a window holds stamps less than 1000 ms apart). */
export function maxPerSecond(stamps: readonly number[]): number {
  const sorted = [...stamps].sort((a, b) => a - b);
  let max = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (sorted[i]! - sorted[j]! >= 1000) j++;
    max = Math.max(max, i - j + 1);
  }
  return max;
}

const roomIdOf = (c: SandboxCall): string | null => {
  const id = (c.body as { RoomInfo?: { RoomId?: unknown } } | null)?.RoomInfo?.RoomId;
  return typeof id === "string" ? id : null;
};

/** Rooms the sandbox really made (ErrorCode 0), per RoomId: more than one is a second room for a row. */
export function roomsMadePerRoomId(calls: readonly SandboxCall[]): Map<string, number> {
  const made = new Map<string, number>();
  for (const c of calls) {
    if (c.command !== "create_room" || c.errorCode !== 0) continue;
    const id = roomIdOf(c);
    if (id !== null) made.set(id, (made.get(id) ?? 0) + 1);
  }
  return made;
}

export interface JobCounts {
  rows: number;
  /** Rows stored as scheduled whose room the sandbox made. */
  created: number;
  /** Rows that ended without a room and say why (error_kind), the sandbox agreeing there is none. */
  failed: number;
  /**
   * Rows neither created nor reported failed with a reason: still waiting or running, scheduled with no
   * room on the sandbox, failed with no reason, or reported failed while the sandbox made their room.
   */
  lost: number;
  /** Rooms made beyond the first for a row's RoomId. */
  duplicates: number;
  /** create_room calls for the job's RoomIds, refused ones included. */
  createCalls: number;
  /** When the last row was done (ms), or null when none is. */
  lastDoneMs: number | null;
}

export function jobCounts(rows: readonly JobRowFact[], calls: readonly SandboxCall[]): JobCounts {
  const made = roomsMadePerRoomId(calls);
  const ids = new Set(rows.map((r) => r.roomId));
  let created = 0;
  let failed = 0;
  let duplicates = 0;
  let lastDoneMs: number | null = null;
  for (const r of rows) {
    const rooms = made.get(r.roomId) ?? 0;
    duplicates += Math.max(0, rooms - 1);
    if (r.status === "scheduled" && rooms > 0) created++;
    else if (REPORTED_FAILURES.has(r.status) && r.errorKind && rooms === 0) failed++;
    if (r.finishedAtMs !== null) lastDoneMs = Math.max(lastDoneMs ?? r.finishedAtMs, r.finishedAtMs);
  }
  const createCalls = calls.filter((c) => c.command === "create_room" && ids.has(roomIdOf(c) ?? "")).length;
  return {
    rows: rows.length,
    created,
    failed,
    lost: rows.length - created - failed,
    duplicates,
    createCalls,
    lastDoneMs,
  };
}

/**
 * How the job's creates were paced: how long after the job's start the first went out, and the median
 * count per whole second from the first to the last (the steady rate, apart from the ramp at either end).
 */
export function creationPace(
  stamps: readonly number[],
  startMs: number,
): { firstMs: number; medianPerSecond: number } {
  if (stamps.length === 0) return { firstMs: NaN, medianPerSecond: 0 };
  const sorted = [...stamps].sort((a, b) => a - b);
  const first = sorted[0]!;
  const perSecond = new Array<number>(Math.floor((sorted.at(-1)! - first) / 1000) + 1).fill(0);
  for (const t of sorted) perSecond[Math.floor((t - first) / 1000)]!++;
  // The last second is partial; it is left out unless it is the only one.
  const whole = perSecond.length > 1 ? perSecond.slice(0, -1) : perSecond;
  const ordered = [...whole].sort((a, b) => a - b);
  return { firstMs: first - startMs, medianPerSecond: ordered[Math.floor(ordered.length / 2)]! };
}
