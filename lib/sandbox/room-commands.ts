import type { CallbackCommand } from "../trtc/callbacks";
import type { TrtcCommandName } from "../trtc/commands";
import { CALLBACK_CONFIG_HANDLERS, type CallbackConfigStore } from "./callback-config";
import { readCreateRoom } from "./create-room-rules";
import { failOutcome, okOutcome, type Outcome } from "./envelope";
import { ParamError, readRoomId, rejectUnknown, type Json } from "./field-checks";
import { toCallbackRoomInfo, toRoomInfoWire } from "./room-record";
import type { RoomStore } from "./room-store";
import { readUpdateRoom } from "./update-room-rules";
import { ACCOUNT_HANDLERS, type AccountStore } from "./account-commands";
import { MEMBER_HANDLERS } from "./member-commands";
import type { PeopleStore } from "./people-store";
import { SEAT_HANDLERS } from "./seat-commands";

/** The room commands (docs/trtc-api.md §2.1–2.4), on already-authenticated calls. */

/**
 * Tells the app's callback URL what a successful command did (docs/trtc-api.md §6.3): the command's own
 * fields only; who did it, from where and when are the call's.
 */
export type Emit = (command: CallbackCommand, fields: Json) => void;

export interface CommandContext {
  sdkAppId: number;
  caller: string;
  nowMs: number;
  store: RoomStore;
  /** Members, bans and seats of each room (§2.5–2.16). */
  people: PeopleStore;
  /** Accounts imported per app (§2.17). */
  accounts: AccountStore;
  /** Last successful create per app+RoomId, in ms, for 100012. */
  recentCreates: Map<string, number>;
  packageMaxMembers: number;
  packageMaxSeats: number;
  /** Callback configuration per app (§6.1). */
  callbackConfigs: CallbackConfigStore;
  emit: Emit;
}

type Handler = (body: Json, ctx: CommandContext) => Outcome;

const seconds = (ms: number) => Math.floor(ms / 1000);

function roomIdBody(body: Json): string {
  rejectUnknown(body, "", ["RoomId"]);
  return readRoomId(body, "RoomId");
}

const createRoom: Handler = (body, ctx) => {
  const room = readCreateRoom(body, {
    caller: ctx.caller,
    sdkAppId: ctx.sdkAppId,
    nowSeconds: seconds(ctx.nowMs),
    packageMaxMembers: ctx.packageMaxMembers,
    packageMaxSeats: ctx.packageMaxSeats,
  });
  const key = `${ctx.sdkAppId}\n${room.RoomId}`;
  const last = ctx.recentCreates.get(key);
  // Checked before 100003: a retry right after a lost response must read as "too fast", per §2.1.
  if (last !== undefined && ctx.nowMs - last < 1000) return failOutcome(100012);
  const existing = ctx.store.get(ctx.sdkAppId, room.RoomId);
  // Taken: 100010 when the calling admin owns that room (every room made without Owner_Account is
  // theirs), 100003 when someone else does (docs/trtc-api.md §2.1).
  if (existing) return failOutcome(existing.Owner_Account === ctx.caller ? 100010 : 100003);
  ctx.store.put(room);
  ctx.emit("Room.CallbackAfterCreateRoom", {
    RoomInfo: toCallbackRoomInfo(room, seconds(ctx.nowMs)),
    ScheduleInviteeList_Account: [...room.ScheduleInviteeList_Account],
  });
  ctx.recentCreates.set(key, ctx.nowMs);
  if (ctx.recentCreates.size > 10_000) {
    for (const [k, at] of ctx.recentCreates) if (ctx.nowMs - at >= 1000) ctx.recentCreates.delete(k);
  }
  return okOutcome();
};

const getRoomInfo: Handler = (body, ctx) => {
  const room = ctx.store.get(ctx.sdkAppId, roomIdBody(body));
  if (!room) return failOutcome(100004);
  const members = ctx.people.memberCount(ctx.sdkAppId, room.RoomId);
  return okOutcome({ RoomInfo: toRoomInfoWire(room, seconds(ctx.nowMs), members) });
};

const updateRoomInfo: Handler = (body, ctx) => {
  const { roomId, patch } = readUpdateRoom(body, ctx);
  const room = ctx.store.get(ctx.sdkAppId, roomId);
  if (!room) return failOutcome(100004);
  const updated = { ...room, ...patch };
  ctx.store.put(updated);
  ctx.emit("Room.CallbackAfterUpdateRoomInfo", { RoomInfo: toCallbackRoomInfo(updated, seconds(ctx.nowMs)) });
  return okOutcome();
};

const destroyRoom: Handler = (body, ctx) => {
  const roomId = roomIdBody(body);
  if (!ctx.store.remove(ctx.sdkAppId, roomId)) return failOutcome(100004);
  ctx.people.drop(ctx.sdkAppId, roomId);
  ctx.emit("Room.CallbackAfterDestroyRoom", { RoomId: roomId });
  return okOutcome();
};

/** The commands the sandbox carries out, by their registry name (lib/trtc/commands.ts). */
const HANDLERS: Partial<Record<TrtcCommandName, Handler>> = {
  create_room: createRoom,
  get_room_info: getRoomInfo,
  update_room_info: updateRoomInfo,
  destroy_room: destroyRoom,
  ...MEMBER_HANDLERS,
  ...SEAT_HANDLERS,
  ...ACCOUNT_HANDLERS,
  ...CALLBACK_CONFIG_HANDLERS,
};

export const findHandler = (command: TrtcCommandName): Handler | null => HANDLERS[command] ?? null;

export function runHandler(handler: Handler, body: Json, ctx: CommandContext): Outcome {
  try {
    return handler(body, ctx);
  } catch (e) {
    if (e instanceof ParamError) return failOutcome(100002, e.message);
    throw e;
  }
}
