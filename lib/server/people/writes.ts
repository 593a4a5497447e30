import "server-only";
import type { AuditAction } from "@/lib/audit/actions";
import type { UpstreamFailure } from "@/lib/trtc/failure";
import type { TrtcCommandName, TrtcRequest } from "@/lib/trtc/commands";
import { fromRoomInfo } from "@/lib/trtc/room-fields";
import type { AuditActor } from "../audit/record";
import { auditedTrtc } from "../audit/audited-trtc";
import type { MeetingDeps } from "../meetings/deps";

/**
 * The People and Seats tabs' writes (docs/trtc-api.md §2.6–2.16): each one call through the audited client,
 * so it is on record with its RequestId (and in the room's timeline) before the request leaves.
 */

export type PeopleWriteOutcome =
  | { kind: "done"; requestId: string; accounts: string[] }
  | { kind: "failed"; failure: UpstreamFailure; accounts: string[] }
  | { kind: "no-owner"; requestId: string | null };

export type PeopleWriteDeps = Pick<MeetingDeps, "db" | "trtc" | "secrets" | "retry">;

async function write<C extends TrtcCommandName>(
  deps: PeopleWriteDeps,
  actor: AuditActor,
  command: C,
  body: TrtcRequest<C>,
  action: AuditAction,
  accounts: string[],
): Promise<PeopleWriteOutcome> {
  const r = await auditedTrtc(deps, { actor }).run(command, body, { action });
  return r.ok
    ? { kind: "done", requestId: r.requestId, accounts }
    : { kind: "failed", failure: r.error.toFailure(), accounts };
}

type D = PeopleWriteDeps;
type A = AuditActor;

export const removeMembers = (d: D, a: A, i: { roomId: string; accounts: string[]; reason: string }) =>
  write(
    d,
    a,
    "kick_user_out",
    { RoomId: i.roomId, MemberList_Account: i.accounts, Reason: i.reason },
    "member.remove",
    i.accounts,
  );

export const banMembers = (
  d: D,
  a: A,
  i: { roomId: string; accounts: string[]; reason: string; minutes: number },
) =>
  write(
    d,
    a,
    "ban_room_member",
    { RoomId: i.roomId, MemberList_Account: i.accounts, Reason: i.reason, Duration: i.minutes * 60 },
    "member.ban",
    i.accounts,
  );

export const unbanMembers = (d: D, a: A, i: { roomId: string; accounts: string[] }) =>
  write(
    d,
    a,
    "unban_room_member",
    { RoomId: i.roomId, MemberList_Account: i.accounts },
    "member.unban",
    i.accounts,
  );

export const setMemberRole = (d: D, a: A, i: { roomId: string; account: string; role: "Admin" | "Member" }) =>
  write(
    d,
    a,
    "update_room_member_info",
    { RoomId: i.roomId, MemberInfo: { Member_Account: i.account, Role: i.role } },
    "member.role",
    [i.account],
  );

export const setNameCard = (d: D, a: A, i: { roomId: string; account: string; nameCard: string }) =>
  write(
    d,
    a,
    "update_room_member_info",
    { RoomId: i.roomId, MemberInfo: { Member_Account: i.account, NameCard: i.nameCard } },
    "member.name_card",
    [i.account],
  );

export const markMembers = (
  d: D,
  a: A,
  i: { roomId: string; accounts: string[]; mode: "set" | "clear"; marks: number[] },
) =>
  write(
    d,
    a,
    "mark_room_member",
    {
      RoomId: i.roomId,
      CommandType: i.mode === "set" ? 1 : 2,
      MemberList: i.accounts.map((Member_Account) => ({ Member_Account, Marks: i.marks })),
    },
    "member.marks",
    i.accounts,
  );

/** change_room_owner needs the current owner as From_Account (§2.7): read it from Tencent, not our index. */
export async function changeOwner(
  d: D,
  a: A,
  i: { roomId: string; account: string },
): Promise<PeopleWriteOutcome> {
  const client = auditedTrtc(d, { actor: a });
  const info = await client.run("get_room_info", { RoomId: i.roomId }, { action: "room.get" });
  if (!info.ok) return { kind: "failed", failure: info.error.toFailure(), accounts: [i.account] };
  const from = fromRoomInfo(info.response.RoomInfo).owner;
  if (!from) return { kind: "no-owner", requestId: info.requestId };
  return write(
    d,
    a,
    "change_room_owner",
    { RoomId: i.roomId, From_Account: from, NewOwner_Account: i.account },
    "member.owner",
    [i.account],
  );
}

export const pickOnSeat = (d: D, a: A, i: { roomId: string; index: number; account: string }) =>
  write(
    d,
    a,
    "pick_user_on_seat",
    { RoomId: i.roomId, Index: i.index, Member_Account: i.account },
    "seat.pick",
    [i.account],
  );

export const kickOffSeat = (d: D, a: A, i: { roomId: string; account: string }) =>
  write(d, a, "kick_user_off_seat", { RoomId: i.roomId, Member_Account: i.account, Data: "" }, "seat.kick", [
    i.account,
  ]);

export const lockSeat = (
  d: D,
  a: A,
  i: { roomId: string; index: number; forbidTaken?: boolean; forbidVideo?: boolean; forbidAudio?: boolean },
) =>
  write(
    d,
    a,
    "lock_seat",
    {
      RoomId: i.roomId,
      Index: i.index,
      ...(i.forbidTaken === undefined ? {} : { ForbidTaken: i.forbidTaken }),
      ...(i.forbidVideo === undefined ? {} : { ForbidVideo: i.forbidVideo }),
      ...(i.forbidAudio === undefined ? {} : { ForbidAudio: i.forbidAudio }),
    },
    "seat.lock",
    [],
  );
