import { z } from "zod";
import { ROOM_FIELDS, ROOM_WIRE_NAMES, type RoomFieldSpec } from "./room-fields";
import type { RoomInfoWire } from "./wire";

/**
 * What Tencent puts under `Response` (docs/trtc-api.md §1.4, §2). Loose on purpose: Tencent adds fields without
 * notice, and an unexpected extra field must not turn a real answer into a "malformed" one.
 */

/** Envelope-only commands: whatever comes under Response is ignored. */
export const noPayload = z.unknown().transform(() => null);

function infoField(s: RoomFieldSpec): z.ZodType {
  if (s.kind === "switch" || s.kind === "flag") return z.boolean();
  if (s.kind === "count" || s.kind === "unixSeconds") return z.number();
  return z.string();
}

// Only RoomId is required: the documented field list comes from one sample, and a missing optional field
// must not make an existing room look malformed while a timed-out create is being verified.
export const roomInfo = z.looseObject({
  ...Object.fromEntries(ROOM_WIRE_NAMES.map((w) => [w, infoField(ROOM_FIELDS[w]).optional()])),
  RoomId: z.string(),
  RoomStatus: z.string().optional(),
  CreateTime: z.number().optional(),
  MemberCount: z.number().optional(),
});
/** What get_room_info gave: only RoomId is sure to be there (see above). */
export type RoomInfo = Partial<RoomInfoWire> & { RoomId: string };

export const roomInfoPayload = z.looseObject({ RoomInfo: roomInfo as unknown as z.ZodType<RoomInfo> });

// The field table says Owner/Admin/Member, the sample RoomOwner (docs/trtc-api.md §2.5 [U]): both are read.
export const memberListPayload = z.looseObject({
  Next: z.string().default(""),
  MemberList: z
    .array(
      z.looseObject({
        Member_Account: z.string(),
        NameCard: z.string().default(""),
        Role: z.string().default("Member"),
        Marks: z.array(z.number()).default([]),
        CustomInfo: z.string().default(""),
      }),
    )
    .default([]),
});

export const bannedListPayload = z.looseObject({
  BannedAccountList: z
    .array(z.looseObject({ Member_Account: z.string(), BannedUntil: z.number() }))
    .default([]),
  NextOffset: z.number().default(0),
});

// Member_Account is a string, empty when the seat is free; one sample shows a number (§6.3 [U]).
/** One seat as get_seat_list and the seat callback (§6.3) give it. */
export const seatEntry = z.looseObject({
  Index: z.number(),
  Member_Account: z.union([z.string(), z.number().transform(String)]).default(""),
  IsTakenDisabled: z.boolean().default(false),
  IsVideoDisabled: z.boolean().default(false),
  IsAudioDisabled: z.boolean().default(false),
});

export const seatListPayload = z.looseObject({
  SeatList: z.array(seatEntry).default([]),
});

export const callbackConfigPayload = z.looseObject({
  Url: z.string().default(""),
  CallbackCommandList: z.array(z.string()).default([]),
});
