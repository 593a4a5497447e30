// What the soaks report, counted from the sandbox's own records (its rooms and the calls it received)
// and Roomdesk's database; pure, so a unit test can show each count catches what it is meant to.
import type { RoomRecord, SandboxCall } from "@/lib/sandbox/types";

/** Every logical meeting of a soak carries this in its RoomName, e.g. `Soak m17.r4f3a`. */
export const meetingTag = (run: string, index: number) => `m${index}.${run}`;
const TAG = /\bm\d+\.[a-z0-9]+\b/;

export function tagOfRoomName(name: unknown): string | null {
  return typeof name === "string" ? (TAG.exec(name)?.[0] ?? null) : null;
}

const createdRoom = (c: SandboxCall) => {
  if (c.command !== "create_room" || c.errorCode !== 0) return null;
  const info = (c.body as { RoomInfo?: { RoomId?: unknown; RoomName?: unknown } } | null)?.RoomInfo;
  return typeof info?.RoomId === "string" ? { roomId: info.RoomId, tag: tagOfRoomName(info.RoomName) } : null;
};

/**
 * Rooms the sandbox really created, per logical meeting: every create_room it carried out (ErrorCode 0),
 * including those whose answer the createThenDrop fault threw away.
 */
export function roomsPerMeeting(calls: readonly SandboxCall[]): Map<string, Set<string>> {
  const rooms = new Map<string, Set<string>>();
  for (const c of calls) {
    const made = createdRoom(c);
    if (!made?.tag) continue;
    const set = rooms.get(made.tag) ?? new Set<string>();
    set.add(made.roomId);
    rooms.set(made.tag, set);
  }
  return rooms;
}

/** Logical meetings that ended up with more than one room on Tencent's side. */
export function duplicateMeetings(calls: readonly SandboxCall[]): string[] {
  return [...roomsPerMeeting(calls)].filter(([, ids]) => ids.size > 1).map(([tag]) => tag);
}

export interface IntentFact {
  intent_id: string;
  room_id: string;
  status: string;
}

export interface SoakFacts {
  rooms: readonly Pick<RoomRecord, "RoomId">[];
  calls: readonly SandboxCall[];
  /** RoomIds in Roomdesk's meetings table. */
  meetingRoomIds: ReadonlySet<string>;
  intents: readonly IntentFact[];
  /**
   * `call_random` of every audit row of an upstream attempt; null when the audit log has no such column
   * (then only counts can be compared: `auditedAttempts`).
   */
  auditedRandoms: ReadonlySet<string> | null;
  auditedAttempts: number;
}

export interface SoakCounts {
  intents: number;
  created: number;
  failed: number;
  lost: number;
  orphans: number;
  unaudited: number;
  duplicates: number;
  /** Why each lost intent is lost, by intent id. */
  lostWhy: Map<string, string>;
  /** True when unaudited had to be counted as received calls minus audit rows. */
  unauditedByCount: boolean;
}

const FINAL_FAILED = new Set(["failed", "conflict"]);

/**
 * Lost, per intent: no final outcome, or a final state the sandbox contradicts. Judged per RoomId, since
 * an operator may resubmit the same RoomId after an open answer: an earlier "failed" is then superseded
 * by the later intent that created (or verified) the room, and only a RoomId no intent created, whose
 * room exists anyway, makes its failed intents lost.
 */
export function soakCounts(f: SoakFacts): SoakCounts {
  const onSandbox = new Set(f.rooms.map((r) => r.RoomId));
  const createdIds = new Set(f.intents.filter((i) => i.status === "created").map((i) => i.room_id));
  const lostWhy = new Map<string, string>();
  for (const i of f.intents) {
    if (i.status === "created") {
      if (!onSandbox.has(i.room_id)) lostWhy.set(i.intent_id, "said created, no room on the sandbox");
      else if (!f.meetingRoomIds.has(i.room_id)) lostWhy.set(i.intent_id, "said created, no meeting row");
    } else if (FINAL_FAILED.has(i.status)) {
      if (onSandbox.has(i.room_id) && !createdIds.has(i.room_id))
        lostWhy.set(i.intent_id, `said ${i.status}, but the room exists`);
    } else lostWhy.set(i.intent_id, `no final outcome (${i.status})`);
  }
  const unauditedByCount = f.auditedRandoms === null;
  const unaudited = f.auditedRandoms
    ? f.calls.filter((c) => c.random === null || !f.auditedRandoms!.has(c.random)).length
    : Math.max(0, f.calls.length - f.auditedAttempts);
  return {
    intents: f.intents.length,
    created: f.intents.filter((i) => i.status === "created").length,
    failed: f.intents.filter((i) => FINAL_FAILED.has(i.status)).length,
    lost: lostWhy.size,
    orphans: f.rooms.filter((r) => !f.meetingRoomIds.has(r.RoomId)).length,
    unaudited,
    duplicates: duplicateMeetings(f.calls).length,
    lostWhy,
    unauditedByCount,
  };
}
