import "server-only";
import type { AttendanceRow } from "@/lib/room-events/types";

/** An enter or leave, as attendance needs it. */
export interface PresenceEvent {
  id: number;
  atMs: number;
  kind: "enter" | "leave";
  accounts: string[];
  /** Leave / Kicked / Expired. */
  type: string | null;
}

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Attendance per person from enters and leaves, in event time, never in arrival order: Tencent may deliver
 * a leave before the enter it follows. A stay still open is counted up to `untilMs` (the room's destruction,
 * or now). A leave with no enter before it opens nothing; an enter while present is a reconnect, not a new stay.
 */
export function deriveAttendance(events: readonly PresenceEvent[], untilMs: number): AttendanceRow[] {
  const ordered = [...events].sort((a, b) => a.atMs - b.atMs || a.id - b.id);
  const rows = new Map<string, AttendanceRow & { openSince: number | null; presentMs: number }>();
  const rowOf = (account: string) => {
    let r = rows.get(account);
    if (!r) {
      r = {
        account,
        firstEnteredAt: null,
        lastLeftAt: null,
        leftBecause: null,
        present: false,
        minutes: 0,
        stays: 0,
        openSince: null,
        presentMs: 0,
      };
      rows.set(account, r);
    }
    return r;
  };
  for (const e of ordered) {
    for (const account of e.accounts) {
      const r = rowOf(account);
      if (e.kind === "enter") {
        if (r.openSince !== null) continue;
        r.openSince = e.atMs;
        r.stays += 1;
        r.firstEnteredAt ??= iso(e.atMs);
        r.leftBecause = null;
      } else {
        if (r.openSince !== null) r.presentMs += Math.max(0, e.atMs - r.openSince);
        r.openSince = null;
        r.lastLeftAt = iso(e.atMs);
        r.leftBecause = e.type;
      }
    }
  }
  return [...rows.values()]
    .map(({ openSince, presentMs, ...r }) => {
      const total = presentMs + (openSince !== null ? Math.max(0, untilMs - openSince) : 0);
      return { ...r, present: openSince !== null, minutes: Math.floor(total / 60_000) };
    })
    .sort(
      (a, b) =>
        (a.firstEnteredAt ?? "~").localeCompare(b.firstEnteredAt ?? "~") ||
        a.account.localeCompare(b.account),
    );
}
