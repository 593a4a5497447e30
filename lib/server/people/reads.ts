import "server-only";
import type { BannedView, MemberPage, MemberRole, SeatView } from "@/lib/people/types";
import type { UpstreamFailure } from "@/lib/trtc/failure";
import type { AppDeps } from "../app";

/**
 * The People and Seats tabs' reads. They go through the guarded client (rate limit, breaker) but are not
 * audited one by one: the tabs refresh every few seconds, and a row per refresh would bury the writes
 * that matter in the room's timeline (README, "What is audited").
 */
export type PeopleReadDeps = Pick<AppDeps, "trtc">;

export type Read<T> = { ok: true; value: T } | { ok: false; failure: UpstreamFailure };

// The field table says Owner, the sample RoomOwner (docs/trtc-api.md §2.5 [U]): both read as the owner.
const roleOf = (wire: string): MemberRole =>
  wire === "RoomOwner" || wire === "Owner" ? "owner" : wire === "Admin" ? "admin" : "member";

/** Members per page: one refresh shows a few hundred without a second click. */
export const MEMBER_PAGE = 100;

export async function readMembers(
  deps: PeopleReadDeps,
  roomId: string,
  next: string,
): Promise<Read<MemberPage>> {
  const r = await deps.trtc.run("get_room_member_list", { RoomId: roomId, Count: MEMBER_PAGE, Next: next });
  if (!r.ok) return { ok: false, failure: r.error.toFailure() };
  return {
    ok: true,
    value: {
      next: r.response.Next,
      members: r.response.MemberList.map((m) => ({
        account: m.Member_Account,
        nameCard: m.NameCard,
        role: roleOf(m.Role),
        marks: m.Marks,
      })),
    },
  };
}

/** Every active ban, following NextOffset (at most 100 per call, §2.11). */
export async function readBanned(deps: PeopleReadDeps, roomId: string): Promise<Read<BannedView[]>> {
  const all: BannedView[] = [];
  let offset = 0;
  for (let page = 0; page < 50; page++) {
    const r = await deps.trtc.run("get_banned_member_list", { RoomId: roomId, Limit: 100, Offset: offset });
    if (!r.ok) return { ok: false, failure: r.error.toFailure() };
    all.push(
      ...r.response.BannedAccountList.map((b) => ({ account: b.Member_Account, until: b.BannedUntil })),
    );
    if (r.response.NextOffset === 0) break;
    offset = r.response.NextOffset;
  }
  return { ok: true, value: all };
}

export async function readSeats(deps: PeopleReadDeps, roomId: string): Promise<Read<SeatView[]>> {
  const r = await deps.trtc.run("get_seat_list", { RoomId: roomId });
  if (!r.ok) return { ok: false, failure: r.error.toFailure() };
  return {
    ok: true,
    value: r.response.SeatList.map((s) => ({
      index: s.Index,
      account: s.Member_Account,
      takenLocked: s.IsTakenDisabled,
      videoLocked: s.IsVideoDisabled,
      audioLocked: s.IsAudioDisabled,
    })),
  };
}
