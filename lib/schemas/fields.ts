import { z } from "zod";
import { ROOM_LIMITS, TAKE_SEAT_MODES, utf8Bytes } from "@/lib/trtc/limits";
import { SWITCH_KEYS, type SwitchKey } from "@/lib/trtc/room-fields";
import { firstControlCharacter, printable } from "./control-characters";
import { messages, type LabelRef } from "./messages";

/** A field's name in messages; `quotesValue` when the message should quote the value (list entries). */
export type FieldLabel = LabelRef["label"] | { label: LabelRef["label"]; quotesValue: true };
const nameOf = (label: FieldLabel, value: string): LabelRef =>
  typeof label === "string" ? { label } : { label: label.label, value: printable(value) };

/**
 * Adds the control-character issue for an ID and says whether it did, so the caller can skip checks that
 * would only say the same thing less precisely ("must not end with a space" for a trailing line break).
 */
export function refuseControlCharacters(label: FieldLabel, value: string, ctx: z.RefinementCtx): boolean {
  const ch = firstControlCharacter(value);
  if (ch !== undefined)
    ctx.addIssue({ code: "custom", message: messages.controlCharacter(nameOf(label, value), ch) });
  return ch !== undefined;
}

/** Tencent counts UTF-8 bytes, not characters, so "100 characters" would let 日本語 names fail upstream. */
export const byteLimitedString = (label: FieldLabel, max: number) =>
  z.string().superRefine((value, ctx) => {
    if (utf8Bytes(value) > max)
      ctx.addIssue({ code: "custom", message: messages.tooManyBytes(nameOf(label, value), value, max) });
  });

// Room and user IDs: the REST API only limits bytes, while the client SDK accepts letters, digits, space and
// some punctuation (docs/trtc-api.md §7). Letters, digits, "_" and "-" are safe for both, and keep IDs URL-safe
// for links and routes without escaping.
export const ID_PATTERN = /^[A-Za-z0-9_-]+$/;

/** An ID is never trimmed silently: a stray space would create a room nobody can find by typing its ID. */
export const identifierString = (label: FieldLabel, max: number) =>
  byteLimitedString(label, max).superRefine((value, ctx) => {
    if (refuseControlCharacters(label, value, ctx)) return;
    const name = nameOf(label, value);
    if (value.trim() === "") {
      ctx.addIssue({ code: "custom", message: messages.required(name) });
    } else {
      if (value.trim() !== value) ctx.addIssue({ code: "custom", message: messages.edgeSpaces(name) });
      if (!ID_PATTERN.test(value.trim())) ctx.addIssue({ code: "custom", message: messages.idCharset(name) });
    }
  });

export const roomIdSchema = identifierString("roomId", ROOM_LIMITS.roomIdMaxBytes);

/**
 * A RoomId naming a meeting already in the index (a link, a button, a direct POST). Imported rooms may use
 * characters Roomdesk would not generate, so only what no RoomId can hold is refused.
 */
export const roomIdReferenceSchema = z
  .string({ error: messages.noMeetingNamed })
  .min(1, messages.noMeetingNamed)
  .superRefine((value, ctx) => {
    refuseControlCharacters("roomId", value, ctx);
  });

export const userIdSchema = (label: FieldLabel) => identifierString(label, ROOM_LIMITS.userIdMaxBytes);

const ownerIdSchema = userIdSchema({ label: "owner", quotesValue: true });

/** "" means "no owner": Tencent then makes the calling admin the owner. */
export const ownerSchema = z.string().superRefine((value, ctx) => {
  if (value === "") return;
  for (const issue of ownerIdSchema.safeParse(value).error?.issues ?? []) {
    ctx.addIssue({ code: "custom", message: issue.message });
  }
});

export const roomNameSchema = byteLimitedString("roomName", ROOM_LIMITS.roomNameMaxBytes).superRefine(
  (value, ctx) => {
    if (value !== "" && value.trim() === "")
      ctx.addIssue({ code: "custom", message: messages.onlySpaces({ label: "roomName" }) });
  },
);

export const customInfoSchema = byteLimitedString("customInfo", ROOM_LIMITS.customInfoMaxBytes);

/** One boolean per "disable for all" switch of the room-field table. */
export const settingsSchema = z.object(
  Object.fromEntries(SWITCH_KEYS.map((k) => [k, z.boolean()])) as Record<SwitchKey, z.ZodBoolean>,
);

export const takeSeatModeSchema = z.enum(TAKE_SEAT_MODES, { error: messages.seatModeMissing });

/** A positive whole count capped by the deployment's package limit. */
export const countSchema = (name: LabelRef["label"], max: number) => {
  const label = { label: name };
  return z
    .number({ error: messages.countNumber(label) })
    .int(messages.countWhole(label))
    .min(1, messages.countMin(label))
    .max(max, messages.countMax(label, max));
};

/** An empty `<input type="number">` gives NaN (valueAsNumber) and JSON turns NaN into null: both mean "not set". */
export const unsetAsUndefined = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (value: number | null | undefined) =>
      value === null || (typeof value === "number" && Number.isNaN(value)) ? undefined : value,
    schema,
  );

export const optionalCountSchema = (label: LabelRef["label"], max: number) =>
  unsetAsUndefined(countSchema(label, max).optional());
