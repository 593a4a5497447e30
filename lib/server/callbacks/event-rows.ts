import "server-only";
import type { Selectable } from "kysely";
import type { RoomEventDetail, RoomEventView } from "@/lib/room-events/types";
import type { RoomEventsTable } from "../db/schema";
import { eventAccounts } from "./event-facts";

export type RoomEventRow = Selectable<RoomEventsTable>;

function parsed(body: string): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(body);
    return typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const str = (v: unknown) => (typeof v === "string" ? v : null);

export function toEventDetail(row: RoomEventRow): RoomEventDetail {
  const body = parsed(row.body);
  const operator = row.operator_account;
  return {
    id: Number(row.id),
    at: new Date(Number(row.event_time_ms)).toISOString(),
    receivedAt: row.received_at,
    command: row.command,
    known: Number(row.known) === 1,
    roomId: row.room_id,
    operator,
    platform: row.opt_platform,
    // Who the event is about; the operator only when nobody else is named (a create, a destroy).
    accounts: eventAccounts({ ...body, Operator_Account: undefined }),
    type: str(body.Type),
    reason: str(body.Reason) || null,
    clientIp: row.client_ip,
    body,
  };
}

export function toEventView(row: RoomEventRow): RoomEventView {
  const { clientIp, body, ...view } = toEventDetail(row);
  void clientIp;
  void body;
  return view;
}
