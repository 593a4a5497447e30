import { isObject, ParamError, readString, type Json } from "./field-checks";
import { clientEvent, readEventTime, type PeopleControlDeps } from "./people-control";
import { toCallbackRoomInfo } from "./room-record";
import type { RoomRecord } from "./types";

/**
 * Rooms that come and go without a REST call, so the callbacks they cause can be tested
 * (docs/trtc-api.md §6.3: "created by a client", "auto-reclaimed by the system"):
 *
 * - POST /__sandbox/client-rooms {RoomId, Owner_Account, RoomName?, …RoomInfo fields, EventTime?}
 *   a room a TUIRoomKit client created: stored as POST /__sandbox/rooms stores one (409 when taken)
 * - POST /__sandbox/rooms/<RoomId>/reclaim {EventTime?}   the system takes the room and its people away
 */

export interface ClientRoomDeps {
  /** Stores a room given whole; throws ParamError when malformed, returns null when the RoomId is taken. */
  importRoom(input: unknown): RoomRecord | null;
  people: PeopleControlDeps;
}

export interface ClientRoomAnswer {
  status: number;
  body: unknown;
}

const problem = (status: number, error: string): ClientRoomAnswer => ({ status, body: { error } });

function createClientRoom(body: unknown, deps: ClientRoomDeps): ClientRoomAnswer {
  const b: Json = isObject(body) ? { ...body } : {};
  const eventTime = readEventTime(b, deps.people.now);
  delete b.EventTime;
  // A client always creates as someone: the owner is who the callback names as the operator.
  const owner = readString(b, "Owner_Account", "Owner_Account", {
    maxBytes: Infinity,
    required: true,
    nonEmpty: true,
  })!;
  const room = deps.importRoom(b);
  if (!room) return problem(409, "room ID already exists");
  const { store } = deps.people;
  const stored = store.get(room.SdkAppId, room.RoomId)!;
  const fields = {
    RoomInfo: toCallbackRoomInfo(stored, Math.floor(deps.people.now() / 1000)),
    ScheduleInviteeList_Account: [...stored.ScheduleInviteeList_Account],
  };
  deps.people.emit(clientEvent(room.SdkAppId, "Room.CallbackAfterCreateRoom", fields, owner, eventTime));
  return { status: 201, body: room };
}

function reclaim(roomId: string, url: URL, body: unknown, deps: ClientRoomDeps): ClientRoomAnswer {
  const d = deps.people;
  const sdkAppId = Number(url.searchParams.get("sdkAppId") ?? d.defaultSdkAppId);
  const eventTime = readEventTime(body, d.now);
  if (!d.store.remove(sdkAppId, roomId)) return problem(404, "room does not exist");
  d.people.drop(sdkAppId, roomId);
  // [U] Tencent does not say who the operator of a reclaim is, nor its platform: nobody, and Unknown.
  d.emit({
    sdkAppId,
    command: "Room.CallbackAfterDestroyRoom",
    fields: { RoomId: roomId },
    operator: "",
    platform: "Unknown",
    clientIp: "127.0.0.1",
    eventTimeMs: eventTime,
  });
  return { status: 200, body: { ok: true } };
}

export function handleClientRoomControl(
  method: string,
  url: URL,
  body: unknown,
  deps: ClientRoomDeps,
): ClientRoomAnswer | null {
  const path = url.pathname.replace(/\/+$/, "");
  const reclaimed = /^\/__sandbox\/rooms\/([^/]+)\/reclaim$/.exec(path);
  if (!(method === "POST" && (reclaimed || path === "/__sandbox/client-rooms"))) return null;
  try {
    return reclaimed
      ? reclaim(decodeURIComponent(reclaimed[1]!), url, body, deps)
      : createClientRoom(body, deps);
  } catch (e) {
    if (e instanceof ParamError) return problem(400, e.message);
    throw e;
  }
}
