import type { TrtcCommandName } from "../trtc/commands";
import { MEMBER_LIMITS } from "../trtc/limits";
import { failOutcome, okOutcome, type Outcome } from "./envelope";
import { paramError, type Json } from "./field-checks";
import type { CommandContext } from "./room-commands";
import { readRequest } from "./read-request";
import type { StoredRoom } from "./types";

/**
 * The member commands (docs/trtc-api.md §2.5–2.12) over the sandbox's people model (people-store.ts).
 * Codes: 100004 unknown room, 100005 an account that is not a member (or not banned, for unban), 100006
 * an act on the owner that only change_room_owner may do, or a From_Account that is not the owner.
 * Every account is checked before anything changes, so a refused call leaves the room as it was.
 */

export type Handler = (body: Json, ctx: CommandContext) => Outcome;

const seconds = (ms: number) => Math.floor(ms / 1000);

export function roomOf(ctx: CommandContext, roomId: string): StoredRoom | null {
  return ctx.store.get(ctx.sdkAppId, roomId) ?? null;
}

function emitKicked(ctx: CommandContext, roomId: string, accounts: string[], reason: string): void {
  ctx.emit("Room.CallbackAfterMemberLeave", {
    RoomId: roomId,
    MemberCount: ctx.people.memberCount(ctx.sdkAppId, roomId),
    Type: "Kicked",
    MemberList_Account: [...accounts],
    Reason: reason,
  });
}

/** A paging cursor we handed out: the decimal position in the list. */
function readCursor(raw: string | number | undefined, path: string): number {
  if (raw === undefined || raw === "") return 0;
  const n = typeof raw === "number" ? raw : Number(raw);
  if (!Number.isInteger(n) || n < 0) paramError(path, "is not a cursor this list gave");
  return n;
}

const getMemberList: Handler = (body, ctx) => {
  const r = readRequest("get_room_member_list", body);
  if (!roomOf(ctx, r.RoomId)) return failOutcome(100004);
  const all = [...ctx.people.of(ctx.sdkAppId, r.RoomId).members.values()];
  const from = readCursor(r.Next, "Next");
  const to = from + (r.Count ?? MEMBER_LIMITS.defaultMemberPage);
  return okOutcome({
    Next: to < all.length ? String(to) : "",
    MemberList: all.slice(from, to).map((m) => ({ ...m, Marks: [...m.Marks] })),
  });
};

const updateMember: Handler = (body, ctx) => {
  const { RoomId, MemberInfo } = readRequest("update_room_member_info", body);
  if (!roomOf(ctx, RoomId)) return failOutcome(100004);
  const member = ctx.people.of(ctx.sdkAppId, RoomId).members.get(MemberInfo.Member_Account);
  if (!member) return failOutcome(100005);
  // Owner is given only by change_room_owner (§2.6): demoting the owner here is not allowed.
  if (MemberInfo.Role !== undefined && member.Role === "RoomOwner") return failOutcome(100006);
  if (MemberInfo.NameCard !== undefined) member.NameCard = MemberInfo.NameCard;
  if (MemberInfo.Role !== undefined) member.Role = MemberInfo.Role;
  if (MemberInfo.CustomInfo !== undefined) member.CustomInfo = MemberInfo.CustomInfo;
  return okOutcome();
};

const changeOwner: Handler = (body, ctx) => {
  const r = readRequest("change_room_owner", body);
  const room = roomOf(ctx, r.RoomId);
  if (!room) return failOutcome(100004);
  if (r.From_Account !== room.Owner_Account) return failOutcome(100006);
  const { members } = ctx.people.of(ctx.sdkAppId, r.RoomId);
  const next = members.get(r.NewOwner_Account);
  if (!next) return failOutcome(100005);
  const previous = members.get(room.Owner_Account);
  if (previous) previous.Role = "Member";
  next.Role = "RoomOwner";
  ctx.store.put({ ...room, Owner_Account: r.NewOwner_Account });
  return okOutcome();
};

const markMembers: Handler = (body, ctx) => {
  const r = readRequest("mark_room_member", body);
  if (!roomOf(ctx, r.RoomId)) return failOutcome(100004);
  const { members } = ctx.people.of(ctx.sdkAppId, r.RoomId);
  const targets = r.MemberList.map((e) => ({ member: members.get(e.Member_Account), marks: e.Marks }));
  if (targets.some((t) => !t.member)) return failOutcome(100005);
  const setting = Number(r.CommandType) === 1;
  if (setting) {
    const inRoom = new Set([...members.values()].flatMap((m) => m.Marks));
    for (const t of targets) for (const m of t.marks) inRoom.add(m);
    if (inRoom.size > MEMBER_LIMITS.maxDistinctMarksPerRoom) {
      paramError("MemberList", `at most ${MEMBER_LIMITS.maxDistinctMarksPerRoom} distinct marks per room`);
    }
  }
  for (const { member, marks } of targets) {
    const m = member!;
    m.Marks = setting
      ? [...new Set([...m.Marks, ...marks])].sort((a, b) => a - b)
      : m.Marks.filter((x) => !marks.includes(x));
  }
  return okOutcome();
};

const banMembers: Handler = (body, ctx) => {
  const r = readRequest("ban_room_member", body);
  const room = roomOf(ctx, r.RoomId);
  if (!room) return failOutcome(100004);
  // The owner cannot be banned out of their own room; a ban may name someone not in the room yet.
  if (r.MemberList_Account.includes(room.Owner_Account)) return failOutcome(100006);
  const until = seconds(ctx.nowMs) + r.Duration;
  const { bans } = ctx.people.of(ctx.sdkAppId, r.RoomId);
  const removed: string[] = [];
  for (const account of r.MemberList_Account) {
    if (ctx.people.removeMember(ctx.sdkAppId, r.RoomId, account)) removed.push(account);
    bans.delete(account); // re-inserted so the banned list stays in order of the latest ban
    bans.set(account, until);
  }
  // A ban takes the banned out of the room: for the callback that is being kicked (§6.3).
  if (removed.length > 0) emitKicked(ctx, r.RoomId, removed, r.Reason);
  return okOutcome();
};

const unbanMembers: Handler = (body, ctx) => {
  const r = readRequest("unban_room_member", body);
  if (!roomOf(ctx, r.RoomId)) return failOutcome(100004);
  const now = seconds(ctx.nowMs);
  const isBanned = (a: string) => ctx.people.bannedUntil(ctx.sdkAppId, r.RoomId, a, now) !== null;
  if (!r.MemberList_Account.every(isBanned)) return failOutcome(100005);
  const { bans } = ctx.people.of(ctx.sdkAppId, r.RoomId);
  for (const account of r.MemberList_Account) bans.delete(account);
  return okOutcome();
};

const bannedList: Handler = (body, ctx) => {
  const r = readRequest("get_banned_member_list", body);
  if (!roomOf(ctx, r.RoomId)) return failOutcome(100004);
  const now = seconds(ctx.nowMs);
  const active = [...ctx.people.of(ctx.sdkAppId, r.RoomId).bans].filter(([, until]) => until > now);
  const from = r.Offset ?? readCursor(r.Next, "Next");
  const to = from + (r.Limit ?? MEMBER_LIMITS.maxBannedPage);
  return okOutcome({
    BannedAccountList: active
      .slice(from, to)
      .map(([a, until]) => ({ Member_Account: a, BannedUntil: until })),
    NextOffset: to < active.length ? to : 0,
  });
};

const kickMembers: Handler = (body, ctx) => {
  const r = readRequest("kick_user_out", body);
  const room = roomOf(ctx, r.RoomId);
  if (!room) return failOutcome(100004);
  if (r.MemberList_Account.includes(room.Owner_Account)) return failOutcome(100006);
  const { members } = ctx.people.of(ctx.sdkAppId, r.RoomId);
  if (!r.MemberList_Account.every((a) => members.has(a))) return failOutcome(100005);
  for (const account of r.MemberList_Account) ctx.people.removeMember(ctx.sdkAppId, r.RoomId, account);
  emitKicked(ctx, r.RoomId, r.MemberList_Account, r.Reason);
  return okOutcome();
};

export const MEMBER_HANDLERS: Partial<Record<TrtcCommandName, Handler>> = {
  get_room_member_list: getMemberList,
  update_room_member_info: updateMember,
  change_room_owner: changeOwner,
  mark_room_member: markMembers,
  ban_room_member: banMembers,
  unban_room_member: unbanMembers,
  get_banned_member_list: bannedList,
  kick_user_out: kickMembers,
};
