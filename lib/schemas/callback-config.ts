import { z } from "zod";
import { CALLBACK_COMMAND_NAMES, type CallbackCommand } from "@/lib/trtc/callbacks";
import { ref } from "./messages";

/** Long enough for any real endpoint with a path and a query; Tencent states no limit [U]. */
export const CALLBACK_URL_MAX = 1024;

/**
 * The callback registration form (docs/trtc-api.md §6.1): a URL Tencent can post to and the commands it
 * should send. `exists` is what the page read, so the service knows to set or update (it corrects itself
 * when that changed meanwhile).
 */
export const callbackConfigSchema = z.object({
  url: z
    .string()
    .trim()
    .superRefine((v, ctx) => {
      if (v === "") return void ctx.addIssue({ code: "custom", message: ref("callbacks.error.urlRequired") });
      if (v.length > CALLBACK_URL_MAX)
        return void ctx.addIssue({
          code: "custom",
          message: ref("callbacks.error.urlTooLong", { max: CALLBACK_URL_MAX, length: v.length }),
        });
      let protocol = "";
      try {
        protocol = new URL(v).protocol;
      } catch {
        return void ctx.addIssue({ code: "custom", message: ref("callbacks.error.urlInvalid") });
      }
      if (protocol !== "https:" && protocol !== "http:")
        ctx.addIssue({ code: "custom", message: ref("callbacks.error.urlInvalid") });
    }),
  commands: z
    .array(z.enum(CALLBACK_COMMAND_NAMES as [CallbackCommand, ...CallbackCommand[]]))
    .min(1, ref("callbacks.error.noCommand")),
  exists: z.boolean(),
});
export type CallbackConfigInput = z.input<typeof callbackConfigSchema>;
