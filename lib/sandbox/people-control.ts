import { MEMBER_LIMITS, ROOM_LIMITS } from "../trtc/limits";
import { MEMBER_ROLES } from "../trtc/requests";
import type { CallbackEvent } from "./callback-sender";
import { isObject, ParamError, readEnum, readInt, readString, type Json } from "./field-checks";
import type { PeopleStore, SandboxMember } from "./people-store";
import type { RoomStore } from "./room-store";

/**
 * Simulated clients, driven over `/__sandbox/rooms/<RoomId>/…`: what a TUIRoomKit user does from the app
 * (enter with a role and name card, leave, ask for a seat), so the REST commands have people to act on.
 *
 * - GET    …/people                       members, active bans and seats, as the sandbox holds them
 * - POST   …/members {Member_Account, NameCard?, Role?, CustomInfo?}   enter (403 while banned, 409 full)
 * - DELETE …/members/<account>[?type=Expired]   leave, or drop out when the heartbeat stops
 * - POST   …/seat-requests {Member_Account, Index?}   take a free seat, or queue in an ApplyToTake room
 *
 * Each change is told to the app's callback URL as a Web client's (docs/trtc-api.md §6.3). Entering,
 * leaving and client rooms take an optional `EventTime` (ms) so tests can send events out of order in time.
 */

export interface PeopleControlDeps {
  store: RoomStore;
  people: PeopleStore;
  now: () => number;
  defaultSdkAppId: number;
  emit: (e: CallbackEvent) => void;
}

/** Where the simulated clients connect from: the machine the sandbox runs on. */
const CLIENT_IP = "127.0.0.1";

/** The EventTime a test asked for, or now. */
export function readEventTime(body: unknown, now: () => number): number {
  const b = isObject(body) ? body : {};
  return readInt(b, "EventTime", "EventTime", 0, Number.MAX_SAFE_INTEGER) ?? now();
}

/** A simulated client's event: it acted itself, from the Web client (§6.2 OptPlatform). */
export function clientEvent(
  sdkAppId: number,
  command: CallbackEvent["command"],
  fields: Json,
  operator: string,
  eventTimeMs: number,
): CallbackEvent {
  return { sdkAppId, command, fields, operator, platform: "Web", clientIp: CLIENT_IP, eventTimeMs };
}

const LEAVE_TYPES = ["Leave", "Expired"] as const;

export interface PeopleAnswer {
  status: number;
  body: unknown;
}

const problem = (status: number, error: string, extra: object = {}): PeopleAnswer => ({
  status,
  body: { error, ...extra },
});

function enter(roomId: string, sdkAppId: number, body: unknown, d: PeopleControlDeps): PeopleAnswer {
  const room = d.store.get(sdkAppId, roomId);
  if (!room) return problem(404, "room does not exist");
  const b = isObject(body) ? body : {};
  const account = readString(b, "Member_Account", "Member_Account", {
    maxBytes: ROOM_LIMITS.userIdMaxBytes,
    required: true,
    nonEmpty: true,
  })!;
  const nameCard = readString(b, "NameCard", "NameCard", { maxBytes: MEMBER_LIMITS.nameCardMaxBytes });
  const customInfo = readString(b, "CustomInfo", "CustomInfo", {
    maxBytes: MEMBER_LIMITS.memberCustomInfoMaxBytes,
  });
  const role = readEnum(b, "Role", "Role", MEMBER_ROLES);
  const eventTime = readEventTime(b, d.now);
  const nowSeconds = Math.floor(d.now() / 1000);
  const until = d.people.bannedUntil(sdkAppId, roomId, account, nowSeconds);
  if (until !== null) return problem(403, "banned from this room", { bannedUntil: until });
  const { members } = d.people.of(sdkAppId, roomId);
  const already = members.get(account);
  if (already) return { status: 200, body: already };
  if (members.size >= room.MaxMemberCount) return problem(409, "the room is full");
  const member: SandboxMember = {
    Member_Account: account,
    NameCard: nameCard ?? "",
    Role: account === room.Owner_Account ? "RoomOwner" : (role ?? "Member"),
    Marks: [],
    CustomInfo: customInfo ?? "",
  };
  members.set(account, member);
  const fields = { RoomId: roomId, MemberCount: members.size, Type: "Enter", MemberList_Account: [account] };
  d.emit(clientEvent(sdkAppId, "Room.CallbackAfterMemberEnter", fields, account, eventTime));
  return { status: 201, body: member };
}

function leave(
  roomId: string,
  sdkAppId: number,
  account: string,
  url: URL,
  body: unknown,
  d: PeopleControlDeps,
): PeopleAnswer {
  const type = readEnum({ type: url.searchParams.get("type") ?? "Leave" }, "type", "type", LEAVE_TYPES)!;
  const eventTime = readEventTime(body, d.now);
  if (!d.store.get(sdkAppId, roomId)) return problem(404, "room does not exist");
  if (!d.people.removeMember(sdkAppId, roomId, account)) return problem(404, "not a room member");
  const fields = {
    RoomId: roomId,
    MemberCount: d.people.memberCount(sdkAppId, roomId),
    Type: type,
    MemberList_Account: [account],
    Reason: "",
  };
  d.emit(clientEvent(sdkAppId, "Room.CallbackAfterMemberLeave", fields, account, eventTime));
  return { status: 200, body: { ok: true } };
}

function requestSeat(roomId: string, sdkAppId: number, body: unknown, d: PeopleControlDeps): PeopleAnswer {
  const room = d.store.get(sdkAppId, roomId);
  if (!room) return problem(404, "room does not exist");
  if (!room.IsSeatEnabled) return problem(409, "the room does not support seats");
  const b = isObject(body) ? body : {};
  const account = readString(b, "Member_Account", "Member_Account", { maxBytes: Infinity, required: true })!;
  const index = readInt(b, "Index", "Index", 0, room.MaxSeatCount - 1);
  const people = d.people.of(sdkAppId, roomId);
  if (!people.members.has(account)) return problem(404, "not a room member");
  if (room.TakeSeatMode === "ApplyToTake") {
    people.applying.add(account);
    return { status: 202, body: { applying: true } };
  }
  const seats = d.people.seatsOf(sdkAppId, roomId, room.MaxSeatCount);
  const already = seats.findIndex((s) => s.Member_Account === account);
  if (already >= 0) return { status: 200, body: { Index: already } };
  const free = (i: number) => seats[i]!.Member_Account === "" && !seats[i]!.IsTakenDisabled;
  const at = index ?? seats.findIndex((_, i) => free(i));
  if (at < 0 || !free(at)) return problem(409, "no free seat");
  seats[at]!.Member_Account = account;
  const SeatList = d.people.seatList(sdkAppId, roomId, room.MaxSeatCount);
  d.emit(
    clientEvent(sdkAppId, "Mic.CallbackAfterSeatInfoChanged", { RoomId: roomId, SeatList }, account, d.now()),
  );
  return { status: 200, body: { Index: at } };
}

export function handlePeopleControl(
  method: string,
  url: URL,
  body: unknown,
  d: PeopleControlDeps,
): PeopleAnswer | null {
  const m = /^\/__sandbox\/rooms\/([^/]+)\/(people|members|seat-requests)(?:\/([^/]+))?\/?$/.exec(
    url.pathname,
  );
  if (!m) return null;
  const roomId = decodeURIComponent(m[1]!);
  const what = m[2]!;
  const account = m[3] === undefined ? undefined : decodeURIComponent(m[3]);
  const sdkAppId = Number(url.searchParams.get("sdkAppId") ?? d.defaultSdkAppId);
  try {
    if (method === "GET" && what === "people" && !account) {
      const room = d.store.get(sdkAppId, roomId);
      if (!room) return problem(404, "room does not exist");
      const nowSeconds = Math.floor(d.now() / 1000);
      const people = d.people.of(sdkAppId, roomId);
      return {
        status: 200,
        body: {
          members: [...people.members.values()],
          bans: [...people.bans]
            .filter(([, until]) => until > nowSeconds)
            .map(([a, until]) => ({ Member_Account: a, BannedUntil: until })),
          seats: d.people
            .seatsOf(sdkAppId, roomId, room.IsSeatEnabled ? room.MaxSeatCount : 0)
            .map((s, Index) => ({ Index, ...s })),
          applying: [...people.applying],
        },
      };
    }
    if (method === "POST" && what === "members" && !account) return enter(roomId, sdkAppId, body, d);
    if (method === "DELETE" && what === "members" && account) {
      return leave(roomId, sdkAppId, account, url, body, d);
    }
    if (method === "POST" && what === "seat-requests" && !account) {
      return requestSeat(roomId, sdkAppId, body, d);
    }
    return problem(404, `no control endpoint ${method} ${url.pathname}`);
  } catch (e) {
    if (e instanceof ParamError) return problem(400, e.message);
    throw e;
  }
}
