/**
 * create_room limits from docs/trtc-api.md §2.1 and the customer's "Create a Room" page. The sandbox enforces
 * them and the shared form schema checks them first; one table so both move together when Tencent's change.
 */
export const ROOM_LIMITS = {
  roomIdMaxBytes: 48,
  roomNameMaxBytes: 100,
  customInfoMaxBytes: 500,
  userIdMaxBytes: 32,
  maxInvitees: 300,
  minDurationSeconds: 5 * 60,
  maxDurationSeconds: 24 * 60 * 60,
  /** Package defaults; deployments set their own through TRTC_MAX_MEMBERS / TRTC_MAX_SEATS. */
  defaultMaxMembers: 300,
  defaultMaxSeats: 20,
} as const;

/** Member and seat command limits (docs/trtc-api.md §2.5–2.16). */
export const MEMBER_LIMITS = {
  nameCardMaxBytes: 32,
  memberCustomInfoMaxBytes: 60,
  reasonMaxBytes: 1000,
  /** ban, unban and kick take at most this many accounts per call. */
  maxAccountsPerCall: 20,
  maxMarkAccounts: 10,
  maxMarksPerCall: 3,
  maxDistinctMarksPerRoom: 10,
  minMark: 1000,
  maxBannedPage: 100,
  defaultMemberPage: 50,
} as const;

/** Chat account import limits (docs/trtc-api.md §2.17). */
export const ACCOUNT_LIMITS = {
  profileMaxBytes: 500,
  maxPerBatch: 100,
} as const;

export const TAKE_SEAT_MODES = ["FreeToTake", "ApplyToTake"] as const;
export type SeatMode = (typeof TAKE_SEAT_MODES)[number];

export const utf8Bytes = (s: string): number => new TextEncoder().encode(s).length;
