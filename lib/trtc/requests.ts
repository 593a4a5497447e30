import { z } from "zod";
import { ACCOUNT_LIMITS, MEMBER_LIMITS, ROOM_LIMITS, TAKE_SEAT_MODES, utf8Bytes } from "./limits";
import { INVITEES_FIELD, ROOM_FIELDS, ROOM_WIRE_NAMES, type RoomFieldSpec } from "./room-fields";
import type { CreateRoomBody, UpdateRoomBody } from "./wire";

/**
 * Request bodies of every command, as Tencent documents them (docs/trtc-api.md §2): mandatory fields, JSON
 * types and documented limits. The client checks what it sends against them before sending; the sandbox
 * refuses what they refuse with 100002. Unknown keys are refused, as Tencent does.
 */

const bytes = (max: number) =>
  z.string().refine((s) => utf8Bytes(s) <= max, { message: `exceeds ${max} bytes` });
const account = bytes(ROOM_LIMITS.userIdMaxBytes).pipe(z.string().min(1, "must not be empty"));
const roomId = z.string().min(1, "must not be empty");
const accounts = (max: number) => z.array(account).min(1).max(max, `at most ${max} accounts`);
const int = z.number().int();

function roomInfoField(s: RoomFieldSpec): z.ZodType {
  switch (s.kind) {
    case "roomId":
      return bytes(s.maxBytes!).pipe(roomId);
    case "roomType":
      return z.literal("Conference");
    case "text":
      return bytes(s.maxBytes!);
    case "userId":
      return account;
    case "count":
    case "unixSeconds":
      return int.positive();
    case "switch":
    case "flag":
      return z.boolean();
    case "seatMode":
      return z.enum(TAKE_SEAT_MODES);
  }
}

const roomInfoShape = (pick: (s: RoomFieldSpec) => "required" | "optional" | "absent") =>
  Object.fromEntries(
    ROOM_WIRE_NAMES.flatMap((wire) => {
      const s: RoomFieldSpec = ROOM_FIELDS[wire];
      const mode = pick(s);
      if (mode === "absent") return [];
      const schema = roomInfoField(s);
      return [[wire, mode === "required" ? schema : schema.optional()]];
    }),
  );

// Built from the room-field table at run time, so typed from the same table (lib/trtc/wire.ts).
export const createRoomRequest = z.strictObject({
  RoomInfo: z.strictObject(roomInfoShape((s) => s.create)),
  [INVITEES_FIELD.wire]: z.array(account).max(INVITEES_FIELD.maxEntries).optional(),
}) as unknown as z.ZodType<CreateRoomBody, CreateRoomBody>;

export const updateRoomRequest = z.strictObject({
  RoomInfo: z.strictObject(
    roomInfoShape((s) => (s.updatable === "key" ? "required" : s.updatable ? "optional" : "absent")),
  ),
}) as unknown as z.ZodType<UpdateRoomBody, UpdateRoomBody>;

export const roomIdRequest = z.strictObject({ RoomId: roomId });
export const emptyRequest = z.strictObject({});

export const memberListRequest = z.strictObject({
  RoomId: roomId,
  Count: int.positive().optional(),
  Next: z.string().optional(),
});

export const MEMBER_ROLES = ["Admin", "Member"] as const;

export const updateMemberRequest = z.strictObject({
  RoomId: roomId,
  MemberInfo: z.strictObject({
    Member_Account: account,
    NameCard: bytes(MEMBER_LIMITS.nameCardMaxBytes).optional(),
    Role: z.enum(MEMBER_ROLES).optional(),
    CustomInfo: bytes(MEMBER_LIMITS.memberCustomInfoMaxBytes).optional(),
  }),
});

export const changeOwnerRequest = z.strictObject({
  RoomId: roomId,
  From_Account: account,
  NewOwner_Account: account,
});

const mark = int.min(MEMBER_LIMITS.minMark, `marks are integers of at least ${MEMBER_LIMITS.minMark}`);

export const markMembersRequest = z.strictObject({
  RoomId: roomId,
  // The table says String, the sample sends the number 1 (docs/trtc-api.md §2.8 [U]): both are accepted.
  CommandType: z.union([z.literal(1), z.literal(2), z.literal("1"), z.literal("2")]),
  MemberList: z
    .array(
      z.strictObject({
        Member_Account: account,
        Marks: z.array(mark).min(1).max(MEMBER_LIMITS.maxMarksPerCall),
      }),
    )
    .min(1)
    .max(MEMBER_LIMITS.maxMarkAccounts, `at most ${MEMBER_LIMITS.maxMarkAccounts} accounts`)
    // "At most 3 marks per call" (§2.8): counted over the whole call, not per member.
    .refine((list) => new Set(list.flatMap((e) => e.Marks)).size <= MEMBER_LIMITS.maxMarksPerCall, {
      message: `at most ${MEMBER_LIMITS.maxMarksPerCall} marks per call`,
    }),
});

const reason = bytes(MEMBER_LIMITS.reasonMaxBytes);

export const banMembersRequest = z.strictObject({
  RoomId: roomId,
  MemberList_Account: accounts(MEMBER_LIMITS.maxAccountsPerCall),
  Reason: reason,
  Duration: int.positive(),
});

export const unbanMembersRequest = z.strictObject({
  RoomId: roomId,
  MemberList_Account: accounts(MEMBER_LIMITS.maxAccountsPerCall),
});

export const bannedListRequest = z.strictObject({
  RoomId: roomId,
  Limit: int.min(1).max(MEMBER_LIMITS.maxBannedPage).optional(),
  // Paged by an integer Offset; the field table's "Next" is tolerated (docs/trtc-api.md §2.11 [U]).
  Offset: int.min(0).optional(),
  Next: z.union([z.string(), int.min(0)]).optional(),
});

export const kickMembersRequest = z.strictObject({
  RoomId: roomId,
  MemberList_Account: accounts(MEMBER_LIMITS.maxAccountsPerCall),
  Reason: reason,
});

const seatIndex = int.min(0);

export const pickOnSeatRequest = z.strictObject({
  RoomId: roomId,
  Index: seatIndex,
  Member_Account: account,
});
export const kickOffSeatRequest = z.strictObject({
  RoomId: roomId,
  Member_Account: account,
  Data: z.string(),
});
export const lockSeatRequest = z.strictObject({
  RoomId: roomId,
  Index: seatIndex,
  ForbidTaken: z.boolean().optional(),
  ForbidVideo: z.boolean().optional(),
  ForbidAudio: z.boolean().optional(),
});

export const callbackConfigRequest = z.strictObject({
  Url: z.url({ protocol: /^https?$/, error: "must start with http:// or https://" }),
  CallbackCommandList: z.array(z.string().min(1)),
});

/** Chat's account import (docs/trtc-api.md §2.17): a profile value is at most 500 bytes (40601). */
const profile = bytes(ACCOUNT_LIMITS.profileMaxBytes).optional();
const accountEntry = z.strictObject({ UserID: account, Nick: profile, FaceUrl: profile });

export const accountImportRequest = accountEntry;

export const multiAccountImportRequest = z.strictObject({
  AccountList: z
    .array(accountEntry)
    .min(1)
    .max(ACCOUNT_LIMITS.maxPerBatch, `at most ${ACCOUNT_LIMITS.maxPerBatch} accounts`),
});
