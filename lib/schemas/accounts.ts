import { z } from "zod";
import { ACCOUNT_LIMITS, utf8Bytes } from "@/lib/trtc/limits";
import { ref } from "./messages";
import { userIdSchema } from "./fields";

/**
 * The Accounts page's import: a pasted list of UserIDs (each as the schedule form checks an invitee) and
 * an optional nickname. The service sends them 100 per multiaccount_import call (docs/trtc-api.md §2.17).
 */

/** One paste at most: ten calls of 100. */
export const MAX_IMPORT = 1000;

const entry = userIdSchema({ label: "account", quotesValue: true });

export const splitAccounts = (text: string) => [...new Set(text.split(/[\s,]+/).filter((s) => s !== ""))];

export const importAccountsSchema = z.object({
  // The browser sends what this schema made of the text (a list); the server parses that list again.
  list: z.union([z.string(), z.array(z.string())]).transform((given, ctx) => {
    const ids = splitAccounts(Array.isArray(given) ? given.join(" ") : given);
    if (ids.length === 0) ctx.addIssue({ code: "custom", message: ref("accounts.error.empty") });
    if (ids.length > MAX_IMPORT)
      ctx.addIssue({
        code: "custom",
        message: ref("accounts.error.tooMany", { max: MAX_IMPORT, count: ids.length }),
      });
    for (const id of ids) {
      const issue = entry.safeParse(id).error?.issues[0];
      if (issue) ctx.addIssue({ code: "custom", message: issue.message });
    }
    return ids;
  }),
  nick: z.string().superRefine((v, ctx) => {
    const bytes = utf8Bytes(v);
    if (bytes > ACCOUNT_LIMITS.profileMaxBytes)
      ctx.addIssue({
        code: "custom",
        message: ref("accounts.error.nickTooLong", { bytes, max: ACCOUNT_LIMITS.profileMaxBytes }),
      });
  }),
});
export type ImportAccountsInput = z.input<typeof importAccountsSchema>;
