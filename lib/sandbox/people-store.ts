/**
 * Who is in each sandbox room, who is banned from it, and who sits where (docs/trtc-api.md §2.5–2.16).
 * Kept in memory only: people are simulated clients that vanish with the process, as real clients do
 * when a room is reclaimed; rooms themselves persist in the state file.
 */

export type SandboxRole = "RoomOwner" | "Admin" | "Member";

export interface SandboxMember {
  Member_Account: string;
  NameCard: string;
  Role: SandboxRole;
  Marks: number[];
  CustomInfo: string;
}

export interface SandboxSeat {
  Member_Account: string;
  IsTakenDisabled: boolean;
  IsVideoDisabled: boolean;
  IsAudioDisabled: boolean;
}

export interface RoomPeople {
  /** In order of entry: the member list pages through it. */
  members: Map<string, SandboxMember>;
  /** Account → BannedUntil in unix seconds. */
  bans: Map<string, number>;
  /** Index → seat; created on first use with the room's MaxSeatCount. */
  seats: SandboxSeat[];
  /** Accounts that asked for a seat in an ApplyToTake room. */
  applying: Set<string>;
}

const keyOf = (sdkAppId: number, roomId: string) => `${sdkAppId}\n${roomId}`;

export const freeSeat = (): SandboxSeat => ({
  Member_Account: "",
  IsTakenDisabled: false,
  IsVideoDisabled: false,
  IsAudioDisabled: false,
});

export function createPeopleStore() {
  const rooms = new Map<string, RoomPeople>();

  function of(sdkAppId: number, roomId: string): RoomPeople {
    const key = keyOf(sdkAppId, roomId);
    let people = rooms.get(key);
    if (!people) {
      people = { members: new Map(), bans: new Map(), seats: [], applying: new Set() };
      rooms.set(key, people);
    }
    return people;
  }

  /** The seats of a room with `count` seats; grown or shrunk to that count. */
  function seatsOf(sdkAppId: number, roomId: string, count: number): SandboxSeat[] {
    const { seats } = of(sdkAppId, roomId);
    while (seats.length < count) seats.push(freeSeat());
    seats.length = count;
    return seats;
  }

  return {
    of,
    seatsOf,
    /** The seats as get_seat_list and the seat callback give them (§2.13, §6.3), copied. */
    seatList: (sdkAppId: number, roomId: string, count: number) =>
      seatsOf(sdkAppId, roomId, count).map((s, Index) => ({ Index, ...s })),
    memberCount: (sdkAppId: number, roomId: string) => rooms.get(keyOf(sdkAppId, roomId))?.members.size ?? 0,
    /** Takes a member out of the room, off their seat and out of the seat queue. */
    removeMember(sdkAppId: number, roomId: string, account: string): boolean {
      const people = of(sdkAppId, roomId);
      for (const seat of people.seats) if (seat.Member_Account === account) seat.Member_Account = "";
      people.applying.delete(account);
      return people.members.delete(account);
    },
    /** Active bans only: an expired one no longer keeps anybody out. */
    bannedUntil(sdkAppId: number, roomId: string, account: string, nowSeconds: number): number | null {
      const until = rooms.get(keyOf(sdkAppId, roomId))?.bans.get(account);
      return until !== undefined && until > nowSeconds ? until : null;
    },
    drop: (sdkAppId: number, roomId: string) => rooms.delete(keyOf(sdkAppId, roomId)),
    clear: () => rooms.clear(),
  };
}

export type PeopleStore = ReturnType<typeof createPeopleStore>;
