import { canonicalCallbackCommand } from "../trtc/callbacks";
import type { TrtcCommandName } from "../trtc/commands";
import { failOutcome, okOutcome } from "./envelope";
import { paramError, readString, rejectUnknown, type Json } from "./field-checks";
import type { Handler } from "./member-commands";

/**
 * The callback configuration commands (docs/trtc-api.md §6.1), `room_config`: one configuration per
 * SdkAppId, kept in memory like the people, and cleared by /__sandbox/reset.
 */

export interface CallbackConfig {
  Url: string;
  /** As given: an alias stays an alias, so get_callback answers what was set. */
  CallbackCommandList: string[];
}

export type CallbackConfigStore = Map<number, CallbackConfig>;

function readUrl(body: Json): string {
  const url = readString(body, "Url", "Url", { maxBytes: Infinity, required: true, nonEmpty: true })!;
  if (!/^https?:\/\//.test(url)) paramError("Url", "must start with http:// or https://");
  if (!URL.canParse(url)) paramError("Url", "is not a valid URL");
  return url;
}

function readCommandList(body: Json): string[] {
  const list = body.CallbackCommandList;
  if (list === undefined) paramError("CallbackCommandList", "is required");
  if (!Array.isArray(list)) paramError("CallbackCommandList", "must be an array of strings");
  return (list as unknown[]).map((item, i) => {
    const path = `CallbackCommandList[${i}]`;
    const name = readString({ item }, "item", path, { maxBytes: Infinity, required: true, nonEmpty: true })!;
    // The alias of §6.3 [U] is accepted and means the canonical command.
    if (!canonicalCallbackCommand(name)) paramError(path, "is not a known callback command");
    return name;
  });
}

function readConfig(body: Json): CallbackConfig {
  rejectUnknown(body, "", ["Url", "CallbackCommandList"]);
  return { Url: readUrl(body), CallbackCommandList: readCommandList(body) };
}

const setCallback: Handler = (body, ctx) => {
  const config = readConfig(body);
  if (ctx.callbackConfigs.has(ctx.sdkAppId)) return failOutcome(100300);
  ctx.callbackConfigs.set(ctx.sdkAppId, config);
  return okOutcome();
};

const getCallback: Handler = (body, ctx) => {
  rejectUnknown(body, "", []);
  const config = ctx.callbackConfigs.get(ctx.sdkAppId);
  // [U] What Tencent answers with no configuration is not documented; an empty one reads as "none".
  return okOutcome({
    Url: config?.Url ?? "",
    CallbackCommandList: [...(config?.CallbackCommandList ?? [])],
  });
};

const updateCallback: Handler = (body, ctx) => {
  const config = readConfig(body);
  if (!ctx.callbackConfigs.has(ctx.sdkAppId)) return failOutcome(100301);
  ctx.callbackConfigs.set(ctx.sdkAppId, config);
  return okOutcome();
};

const deleteCallback: Handler = (body, ctx) => {
  rejectUnknown(body, "", []);
  // [U] Deleting when none exists is answered OK: the app asked for "no configuration", and has it.
  ctx.callbackConfigs.delete(ctx.sdkAppId);
  return okOutcome();
};

export const CALLBACK_CONFIG_HANDLERS: Partial<Record<TrtcCommandName, Handler>> = {
  set_callback: setCallback,
  get_callback: getCallback,
  update_callback: updateCallback,
  delete_callback: deleteCallback,
};
