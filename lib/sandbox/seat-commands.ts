import type { TrtcCommandName } from "../trtc/commands";
import { failOutcome, okOutcome } from "./envelope";
import { paramError } from "./field-checks";
import { roomOf, type Handler } from "./member-commands";
import type { CommandContext } from "./room-commands";
import { readRequest } from "./read-request";
import type { StoredRoom } from "./types";

/**
 * The seat commands (docs/trtc-api.md §2.13–2.16). Seats are 0-based, as in Tencent's sample; a room has
 * MaxSeatCount of them when IsSeatEnabled, none otherwise (100211 for the commands that need one).
 */

export const seatCount = (room: StoredRoom) => (room.IsSeatEnabled ? room.MaxSeatCount : 0);
const seatsOf = (ctx: CommandContext, room: StoredRoom) =>
  ctx.people.seatsOf(ctx.sdkAppId, room.RoomId, seatCount(room));

/** Every seat of the room, told to the app's callback URL after any change (§6.3). */
function emitSeats(ctx: CommandContext, room: StoredRoom): void {
  ctx.emit("Mic.CallbackAfterSeatInfoChanged", {
    RoomId: room.RoomId,
    SeatList: ctx.people.seatList(ctx.sdkAppId, room.RoomId, seatCount(room)),
  });
}

function checkIndex(room: StoredRoom, index: number): void {
  if (index >= seatCount(room)) paramError("Index", `must be between 0 and ${seatCount(room) - 1}`);
}

const getSeatList: Handler = (body, ctx) => {
  const r = readRequest("get_seat_list", body);
  const room = roomOf(ctx, r.RoomId);
  if (!room) return failOutcome(100004);
  return okOutcome({ SeatList: ctx.people.seatList(ctx.sdkAppId, room.RoomId, seatCount(room)) });
};

const pickOnSeat: Handler = (body, ctx) => {
  const r = readRequest("pick_user_on_seat", body);
  const room = roomOf(ctx, r.RoomId);
  if (!room) return failOutcome(100004);
  if (!room.IsSeatEnabled) return failOutcome(100211);
  checkIndex(room, r.Index);
  const people = ctx.people.of(ctx.sdkAppId, r.RoomId);
  if (!people.members.has(r.Member_Account)) return failOutcome(100005);
  const seats = seatsOf(ctx, room);
  if (seats.some((s) => s.Member_Account === r.Member_Account)) return failOutcome(100203);
  if (people.applying.has(r.Member_Account)) return failOutcome(100202);
  const seat = seats[r.Index]!;
  if (seat.IsTakenDisabled) return failOutcome(100200);
  if (seats.every((s) => s.Member_Account !== "")) return failOutcome(100205);
  if (seat.Member_Account !== "") return failOutcome(100210);
  seat.Member_Account = r.Member_Account;
  emitSeats(ctx, room);
  return okOutcome();
};

const kickOffSeat: Handler = (body, ctx) => {
  const r = readRequest("kick_user_off_seat", body);
  const room = roomOf(ctx, r.RoomId);
  if (!room) return failOutcome(100004);
  if (!room.IsSeatEnabled) return failOutcome(100211);
  if (!ctx.people.of(ctx.sdkAppId, r.RoomId).members.has(r.Member_Account)) return failOutcome(100005);
  // Someone already off their seat stays off: repeating the call changes nothing.
  for (const seat of seatsOf(ctx, room))
    if (seat.Member_Account === r.Member_Account) seat.Member_Account = "";
  emitSeats(ctx, room);
  return okOutcome();
};

const lockSeat: Handler = (body, ctx) => {
  const r = readRequest("lock_seat", body);
  const room = roomOf(ctx, r.RoomId);
  if (!room) return failOutcome(100004);
  if (!room.IsSeatEnabled) return failOutcome(100211);
  checkIndex(room, r.Index);
  const seat = seatsOf(ctx, room)[r.Index]!;
  if (r.ForbidTaken !== undefined) seat.IsTakenDisabled = r.ForbidTaken;
  if (r.ForbidVideo !== undefined) seat.IsVideoDisabled = r.ForbidVideo;
  if (r.ForbidAudio !== undefined) seat.IsAudioDisabled = r.ForbidAudio;
  // Locking an occupied seat frees it first (§2.16).
  if (seat.IsTakenDisabled) seat.Member_Account = "";
  emitSeats(ctx, room);
  return okOutcome();
};

export const SEAT_HANDLERS: Partial<Record<TrtcCommandName, Handler>> = {
  get_seat_list: getSeatList,
  pick_user_on_seat: pickOnSeat,
  kick_user_off_seat: kickOffSeat,
  lock_seat: lockSeat,
};
