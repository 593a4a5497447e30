import { z } from "zod";
import { MEMBER_LIMITS, utf8Bytes } from "@/lib/trtc/limits";
import { roomIdReferenceSchema } from "./fields";
import { ref } from "./messages";

/**
 * The People and Seats tabs' inputs, one schema each, parsed in the browser before anything is sent and
 * again by the server action. Limits are Tencent's (docs/trtc-api.md §2.6–2.16, lib/trtc/limits.ts).
 */

const account = z.string().min(1, ref("people.error.account"));

/** A selection of members for one call: ban, unban and remove take at most 20 (§2.9, §2.10, §2.12). */
export const accountsSchema = (max: number = MEMBER_LIMITS.maxAccountsPerCall) =>
  z
    .array(account)
    .min(1, ref("people.error.noAccounts"))
    .superRefine((list, ctx) => {
      if (list.length > max)
        ctx.addIssue({
          code: "custom",
          message: ref("people.error.tooManyAccounts", { max, count: list.length }),
        });
    });

const bytesAtMost = (max: number, key: "reasonTooLong" | "nameCardTooLong") =>
  z.string().superRefine((v, ctx) => {
    const bytes = utf8Bytes(v);
    if (bytes > max) ctx.addIssue({ code: "custom", message: ref(`people.error.${key}`, { bytes, max }) });
  });

export const reasonSchema = bytesAtMost(MEMBER_LIMITS.reasonMaxBytes, "reasonTooLong").refine(
  (v) => v.trim() !== "",
  ref("people.error.reasonRequired"),
);

export const nameCardSchema = bytesAtMost(MEMBER_LIMITS.nameCardMaxBytes, "nameCardTooLong");

export const removeMembersSchema = z.object({
  roomId: roomIdReferenceSchema,
  accounts: accountsSchema(),
  reason: reasonSchema,
});

/** Ten years is far past any meeting; Tencent documents no maximum (§2.9). */
export const MAX_BAN_MINUTES = 10 * 365 * 24 * 60;
export const BAN_PRESET_MINUTES = [10, 60, 24 * 60] as const;

export const banMembersSchema = removeMembersSchema.extend({
  minutes: z
    .number(ref("people.error.durationRange"))
    .int(ref("people.error.durationRange"))
    .min(1, ref("people.error.durationRange"))
    .max(MAX_BAN_MINUTES, ref("people.error.durationRange")),
});

export const unbanMembersSchema = z.object({ roomId: roomIdReferenceSchema, accounts: accountsSchema() });

export const memberRoleSchema = z.object({
  roomId: roomIdReferenceSchema,
  account,
  role: z.enum(["Admin", "Member"]),
});

export const nameCardInputSchema = z.object({
  roomId: roomIdReferenceSchema,
  account,
  nameCard: nameCardSchema,
});

/** "1000, 1002" → [1000, 1002]; what the marks field holds. */
// The browser sends what this schema made of the text (numbers); the server parses those again.
export const marksTextSchema = z.union([z.string(), z.array(z.number())]).transform((given, ctx) => {
  const text = Array.isArray(given) ? given.join(",") : given;
  const parts = text
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p !== "");
  const marks = parts.map(Number);
  if (parts.length === 0 || marks.some((m) => !Number.isInteger(m) || m < MEMBER_LIMITS.minMark)) {
    ctx.addIssue({
      code: "custom",
      message: ref("people.error.marksFormat", { min: MEMBER_LIMITS.minMark }),
    });
    return z.NEVER;
  }
  const distinct = [...new Set(marks)];
  if (distinct.length > MEMBER_LIMITS.maxMarksPerCall) {
    ctx.addIssue({
      code: "custom",
      message: ref("people.error.marksTooMany", { max: MEMBER_LIMITS.maxMarksPerCall }),
    });
    return z.NEVER;
  }
  return distinct;
});

export const marksInputSchema = z.object({
  roomId: roomIdReferenceSchema,
  accounts: accountsSchema(MEMBER_LIMITS.maxMarkAccounts),
  mode: z.enum(["set", "clear"]),
  marks: marksTextSchema,
});

export const changeOwnerSchema = z.object({ roomId: roomIdReferenceSchema, account });

const seatIndex = z.number().int().min(0);

export const pickSeatSchema = z.object({ roomId: roomIdReferenceSchema, index: seatIndex, account });
export const kickSeatSchema = z.object({ roomId: roomIdReferenceSchema, account });
export const lockSeatSchema = z.object({
  roomId: roomIdReferenceSchema,
  index: seatIndex,
  forbidTaken: z.boolean().optional(),
  forbidVideo: z.boolean().optional(),
  forbidAudio: z.boolean().optional(),
});

export type RemoveMembersInput = z.input<typeof removeMembersSchema>;
export type BanMembersInput = z.input<typeof banMembersSchema>;
