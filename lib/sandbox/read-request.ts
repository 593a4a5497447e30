import type { z } from "zod";
import { TRTC_COMMANDS, type TrtcCommandName } from "../trtc/commands";
import { paramError } from "./field-checks";

/**
 * Reads a people or seat command's body with its registry schema (lib/trtc/commands.ts), so the sandbox
 * refuses exactly what the documented limits refuse, with 100002 naming the first offending field.
 */
export function readRequest<C extends TrtcCommandName>(
  command: C,
  body: unknown,
): z.output<(typeof TRTC_COMMANDS)[C]["request"]> {
  const parsed = TRTC_COMMANDS[command].request.safeParse(body);
  if (parsed.success) return parsed.data as z.output<(typeof TRTC_COMMANDS)[C]["request"]>;
  const issue = parsed.error.issues[0];
  const path = issue?.path.map(String).join(".") || "body";
  return paramError(path, issue?.message ?? "invalid");
}
