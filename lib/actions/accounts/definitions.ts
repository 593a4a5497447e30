import "server-only";
import { failureSentence } from "@/lib/i18n/describe-failure";
import { importAccountsSchema } from "@/lib/schemas/accounts";
import { importAccounts } from "@/lib/server/accounts/accounts";
import type { PeopleWriteDeps } from "@/lib/server/people/writes";
import { failure, upstreamFailure } from "../present/meetings";
import type { ActionResult } from "../result";
import { actionFor } from "../safe-action";

export const importAccountsDefinition = actionFor<PeopleWriteDeps>()({
  access: { role: "admin" },
  schema: importAccountsSchema,
  run: async ({ input, actor, app, t }): Promise<ActionResult<{ message: string }>> => {
    const o = await importAccounts(app, actor!, input);
    if (o.kind === "imported")
      return {
        ok: true,
        message: t("accounts.done", { count: o.count, requestIds: o.requestIds.join(", ") }),
      };
    if (o.imported === 0) return upstreamFailure(t, o.failure);
    const message = t("accounts.partial", {
      imported: o.imported,
      total: o.total,
      message: failureSentence(t, o.failure),
    });
    return failure(`trtc:partial`, message, o.failure.requestId);
  },
});
