import "server-only";
import type { RoomEventView } from "@/lib/room-events/types";
import type { Db } from "../db";
import { toEventView } from "./event-rows";

export interface EventSearch {
  roomId?: string;
  /** An account the event is about or that did it: "did alice join room X?". */
  account?: string;
  /** Tencent's event time, ms, inclusive. */
  fromMs?: number;
  toMs?: number;
  limit: number;
}

/**
 * Support's search over Tencent's events, newest first. By account it walks room_event_accounts'
 * (account, event_time_ms) index; by room alone, room_events' (room_id, event_time_ms, id).
 */
export async function searchRoomEvents(db: Db, s: EventSearch): Promise<RoomEventView[]> {
  const base = db.kysely.selectFrom("room_events");
  const filtered = s.account
    ? base
        .innerJoin("room_event_accounts as a", "a.event_id", "room_events.id")
        .selectAll("room_events")
        .where("a.account", "=", s.account)
        .$if(s.roomId !== undefined, (q) => q.where("a.room_id", "=", s.roomId!))
    : base
        .selectAll("room_events")
        .$if(s.roomId !== undefined, (q) => q.where("room_events.room_id", "=", s.roomId!));
  const rows = await filtered
    .$if(s.fromMs !== undefined, (q) => q.where("room_events.event_time_ms", ">=", s.fromMs!))
    .$if(s.toMs !== undefined, (q) => q.where("room_events.event_time_ms", "<=", s.toMs!))
    .orderBy("room_events.event_time_ms", "desc")
    .orderBy("room_events.id", "desc")
    .limit(s.limit)
    .execute();
  return rows.map(toEventView);
}
