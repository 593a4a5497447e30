import { z } from "zod";
import { ROOM_LIMITS } from "@/lib/trtc/limits";
import { userIdSchema } from "./fields";
import { messages } from "./messages";

// Chips come from parseInviteeList, which trims; the schema trims spaces too because a space can never be part
// of a UserID, so trimming cannot change which user is meant. Control characters (a trailing line break
// included) are left for the ID check to refuse, as in every other RoomId and UserID field.
const EDGE_SPACES = /^\p{Zs}+|\p{Zs}+$/gu;
export const inviteeIdSchema = z
  .string()
  .transform((id) => id.replace(EDGE_SPACES, ""))
  .pipe(userIdSchema({ label: "invitee", quotesValue: true }));

/** Duplicates are refused rather than dropped, so nothing the admin typed disappears without a word. */
export const inviteesSchema = z.array(inviteeIdSchema).superRefine((ids, ctx) => {
  if (ids.length > ROOM_LIMITS.maxInvitees) {
    ctx.addIssue({ code: "custom", message: messages.tooManyInvitees(ids.length, ROOM_LIMITS.maxInvitees) });
  }
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (seen.has(id)) ctx.addIssue({ code: "custom", message: messages.duplicateInvitee(id), path: [index] });
    seen.add(id);
  });
});

export interface ParsedInvitees {
  /** Valid IDs, each once, in the order first typed. */
  ids: string[];
  /** IDs typed more than once, each listed once. */
  duplicates: string[];
  /** Entries that are not UserIDs, with the same message the schema would give. */
  invalid: { id: string; reason: string }[];
}

// Commas, semicolons and whitespace, plus their full-width forms and "、" from Chinese and Japanese input.
const SEPARATORS = /[\s,;，；、]+/u;

/** Splits a pasted list for the chips UI; the schema still checks the final list. */
export function parseInviteeList(text: string): ParsedInvitees {
  const result: ParsedInvitees = { ids: [], duplicates: [], invalid: [] };
  const seen = new Set<string>();
  for (const id of text.split(SEPARATORS)) {
    if (id === "") continue;
    if (seen.has(id)) {
      if (!result.duplicates.includes(id)) result.duplicates.push(id);
      continue;
    }
    seen.add(id);
    const parsed = inviteeIdSchema.safeParse(id);
    if (parsed.success) result.ids.push(id);
    else
      result.invalid.push({
        id,
        reason: parsed.error.issues[0]?.message ?? messages.idCharset({ label: "invitee", value: id }),
      });
  }
  return result;
}
