import "server-only";
import type { RoomActivity, RoomLifecycle, SeatChange, UnscheduledRoom } from "@/lib/room-events/types";
import type { CallbackCommand } from "@/lib/trtc/callbacks";
import { fromRoomInfo } from "@/lib/trtc/room-fields";
import type { Db } from "../db";
import { deriveAttendance, type PresenceEvent } from "./attendance";
import { toEventDetail, toEventView, type RoomEventRow } from "./event-rows";

const CREATE: CallbackCommand = "Room.CallbackAfterCreateRoom";
const DESTROY: CallbackCommand = "Room.CallbackAfterDestroyRoom";
const ENTER: CallbackCommand = "Room.CallbackAfterMemberEnter";
const LEAVE: CallbackCommand = "Room.CallbackAfterMemberLeave";
const SEATS: CallbackCommand = "Mic.CallbackAfterSeatInfoChanged";

/** Far above one meeting's enters and leaves; a bound so one odd room cannot exhaust the server. */
const MAX_PRESENCE_EVENTS = 20_000;

/** Newest first by Tencent's time. */
export async function roomEventRows(db: Db, roomId: string, limit = 200): Promise<RoomEventRow[]> {
  return db.kysely
    .selectFrom("room_events")
    .selectAll()
    .where("room_id", "=", roomId)
    .orderBy("event_time_ms", "desc")
    .orderBy("id", "desc")
    .limit(limit)
    .execute();
}

async function rowsOf(db: Db, roomId: string, commands: CallbackCommand[], limit: number) {
  return db.kysely
    .selectFrom("room_events")
    .selectAll()
    .where("room_id", "=", roomId)
    .where("command", "in", commands)
    .orderBy("event_time_ms", "asc")
    .orderBy("id", "asc")
    .limit(limit)
    .execute();
}

/**
 * Whether Tencent last said the room was created or destroyed, by event time. A destroy with no operator
 * is the system reclaiming it (§6.3: destroyed by a client, by REST, or auto-reclaimed).
 */
export function lifecycleOf(rows: RoomEventRow[], adminUserId: string): RoomLifecycle {
  const last = rows.filter((r) => r.command === CREATE || r.command === DESTROY).at(-1);
  if (!last) return { state: "unknown" };
  const at = new Date(Number(last.event_time_ms)).toISOString();
  const base = { at, operator: last.operator_account, platform: last.opt_platform };
  if (last.command === CREATE) return { state: "created", ...base };
  const by =
    last.operator_account === "" ? "tencent" : last.operator_account === adminUserId ? "admin" : "member";
  return { state: "destroyed", ...base, by };
}

function seatHistoryOf(rows: RoomEventRow[]): SeatChange[] {
  return rows
    .filter((r) => r.command === SEATS)
    .map((r) => {
      const d = toEventDetail(r);
      const list = (d.body as { SeatList?: unknown }).SeatList;
      const seats = Array.isArray(list)
        ? list.map((s: Record<string, unknown>) => ({
            index: Number(s.Index ?? 0),
            account:
              s.Member_Account === undefined || s.Member_Account === null ? "" : String(s.Member_Account),
            locked: s.IsTakenDisabled === true,
          }))
        : [];
      return { id: d.id, at: d.at, operator: d.operator, seats };
    })
    .reverse();
}

/** Everything the callbacks told about one room: its events, attendance, lifecycle and seat history. */
export async function roomActivity(
  db: Db,
  roomId: string,
  opts: { nowMs: number; adminUserId: string },
): Promise<RoomActivity> {
  const [recent, states] = await Promise.all([
    roomEventRows(db, roomId),
    rowsOf(db, roomId, [CREATE, DESTROY, ENTER, LEAVE, SEATS], MAX_PRESENCE_EVENTS),
  ]);
  const lifecycle = lifecycleOf(states, opts.adminUserId);
  const presence: PresenceEvent[] = states
    .filter((r) => r.command === ENTER || r.command === LEAVE)
    .map((r) => {
      const d = toEventDetail(r);
      return {
        id: d.id,
        atMs: Number(r.event_time_ms),
        kind: r.command === ENTER ? "enter" : "leave",
        accounts: d.accounts,
        type: d.type,
      };
    });
  // A stay still open ends when the room was destroyed, if it was; otherwise it runs to now.
  const untilMs = lifecycle.state === "destroyed" ? Date.parse(lifecycle.at) : opts.nowMs;
  return {
    events: recent.map(toEventView),
    attendance: deriveAttendance(presence, untilMs),
    lifecycle,
    seatHistory: seatHistoryOf(states).slice(0, 100),
  };
}

/** One stored event with its body, for the support detail page. */
export async function roomEventById(db: Db, id: number) {
  const row = await db.kysely.selectFrom("room_events").selectAll().where("id", "=", id).executeTakeFirst();
  return row ? toEventDetail(row) : null;
}

/**
 * Rooms Tencent says were created (by a client, or by another tool over REST) that are not in Roomdesk's
 * index and not destroyed since: Meetings offers to import them.
 */
export async function unscheduledRooms(db: Db, limit = 50): Promise<UnscheduledRoom[]> {
  const created = await db.kysely
    .selectFrom("room_events")
    .selectAll()
    .where("command", "=", CREATE)
    .where("room_id", "is not", null)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom("meetings")
            .select("room_id")
            .whereRef("meetings.room_id", "=", "room_events.room_id"),
        ),
      ),
    )
    // Still there: no destroy at or after this creation (one query, however many rooms are listed).
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom("room_events as gone")
            .select("gone.id")
            .whereRef("gone.room_id", "=", "room_events.room_id")
            .where("gone.command", "=", DESTROY)
            .whereRef("gone.event_time_ms", ">=", "room_events.event_time_ms"),
        ),
      ),
    )
    .orderBy("event_time_ms", "desc")
    .limit(limit * 4)
    .execute();
  const out = new Map<string, UnscheduledRoom>();
  for (const row of created) {
    const roomId = row.room_id!;
    if (out.has(roomId) || out.size >= limit) continue;
    const info = fromRoomInfo(
      ((toEventDetail(row).body as { RoomInfo?: unknown }).RoomInfo ?? {}) as Record<string, unknown>,
    );
    out.set(roomId, {
      roomId,
      roomName: typeof info.roomName === "string" && info.roomName ? info.roomName : roomId,
      owner: typeof info.owner === "string" ? info.owner : row.operator_account,
      createdAt: new Date(Number(row.event_time_ms)).toISOString(),
      platform: row.opt_platform,
    });
  }
  return [...out.values()];
}
