import "server-only";
import type { UpstreamFailure } from "@/lib/trtc/failure";
import { canonicalCallbackCommand, type CallbackCommand } from "@/lib/trtc/callbacks";
import type { AuditActor } from "../audit/record";
import { auditedTrtc } from "../audit/audited-trtc";
import type { PeopleWriteDeps } from "../people/writes";

/**
 * The callback registration Tencent keeps, one per SDKAppID (docs/trtc-api.md §6.1), read and changed
 * through the audited client like every other call.
 */

export type CallbackConfigDeps = PeopleWriteDeps;

export interface CallbackConfig {
  /** Empty when nothing is registered. */
  url: string;
  commands: CallbackCommand[];
  /** Names Tencent holds that Roomdesk does not know (shown as they are). */
  otherCommands: string[];
  requestId: string;
}

export type ReadConfigOutcome =
  { kind: "read"; config: CallbackConfig } | { kind: "failed"; failure: UpstreamFailure };

export async function readCallbackConfig(
  deps: CallbackConfigDeps,
  actor: AuditActor,
): Promise<ReadConfigOutcome> {
  const r = await auditedTrtc(deps, { actor }).run("get_callback", {}, { action: "callback.read" });
  if (!r.ok) return { kind: "failed", failure: r.error.toFailure() };
  const commands: CallbackCommand[] = [];
  const otherCommands: string[] = [];
  for (const name of r.response.CallbackCommandList) {
    const known = canonicalCallbackCommand(name);
    if (known) commands.push(known);
    else otherCommands.push(name);
  }
  return {
    kind: "read",
    config: { url: r.response.Url, commands: [...new Set(commands)], otherCommands, requestId: r.requestId },
  };
}

export type SaveConfigOutcome =
  | { kind: "saved"; via: "set" | "update"; requestId: string; switched: boolean }
  | { kind: "failed"; failure: UpstreamFailure };

/**
 * Sets the registration when there is none, updates it otherwise. Which one is right can change between
 * reading and saving (someone else registered meanwhile), so Tencent's answer decides: 100300 "already
 * exists" to a set is answered with an update, 100301 "none yet" to an update with a set.
 */
export async function saveCallbackConfig(
  deps: CallbackConfigDeps,
  actor: AuditActor,
  input: { url: string; commands: string[]; exists: boolean },
): Promise<SaveConfigOutcome> {
  const client = auditedTrtc(deps, { actor });
  const body = { Url: input.url, CallbackCommandList: input.commands };
  const send = (via: "set" | "update") =>
    via === "set"
      ? client.run("set_callback", body, { action: "callback.set" })
      : client.run("update_callback", body, { action: "callback.update" });
  const first = input.exists ? "update" : "set";
  const r = await send(first);
  if (r.ok) return { kind: "saved", via: first, requestId: r.requestId, switched: false };
  const code = r.error.code;
  const other = first === "set" ? "update" : "set";
  if ((first === "set" && code === 100300) || (first === "update" && code === 100301)) {
    const again = await send(other);
    if (again.ok) return { kind: "saved", via: other, requestId: again.requestId, switched: true };
    return { kind: "failed", failure: again.error.toFailure() };
  }
  return { kind: "failed", failure: r.error.toFailure() };
}

export type DeleteConfigOutcome =
  { kind: "deleted"; requestId: string } | { kind: "failed"; failure: UpstreamFailure };

export async function deleteCallbackConfig(
  deps: CallbackConfigDeps,
  actor: AuditActor,
): Promise<DeleteConfigOutcome> {
  const r = await auditedTrtc(deps, { actor }).run("delete_callback", {}, { action: "callback.delete" });
  return r.ok
    ? { kind: "deleted", requestId: r.requestId }
    : { kind: "failed", failure: r.error.toFailure() };
}
