import "server-only";
import { z } from "zod";
import { callbackConfigSchema } from "@/lib/schemas/callback-config";
import { deleteCallbackConfig, saveCallbackConfig } from "@/lib/server/callbacks/configuration";
import type { PeopleWriteDeps } from "@/lib/server/people/writes";
import { upstreamFailure } from "../present/meetings";
import type { ActionResult } from "../result";
import { actionFor } from "../safe-action";

export const saveCallbackConfigDefinition = actionFor<PeopleWriteDeps>()({
  access: { role: "admin" },
  schema: callbackConfigSchema,
  run: async ({ input, actor, app, t }): Promise<ActionResult<{ message: string }>> => {
    const o = await saveCallbackConfig(app, actor!, input);
    if (o.kind === "failed") return upstreamFailure(t, o.failure);
    const key = o.switched
      ? o.via === "update"
        ? "callbacks.savedSwitchedToUpdate"
        : "callbacks.savedSwitchedToSet"
      : "callbacks.saved";
    return { ok: true, message: t(key, { requestId: o.requestId }) };
  },
});

export const deleteCallbackConfigDefinition = actionFor<PeopleWriteDeps>()({
  access: { role: "admin" },
  // Removing stops every callback: the form must say so, and a bare call (the role matrix's probe) changes nothing.
  schema: z.object({ confirm: z.literal(true) }),
  run: async ({ actor, app, t }): Promise<ActionResult<{ message: string }>> => {
    const o = await deleteCallbackConfig(app, actor!);
    if (o.kind === "failed") return upstreamFailure(t, o.failure);
    return { ok: true, message: t("callbacks.deleted", { requestId: o.requestId }) };
  },
});
