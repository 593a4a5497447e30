import type { CallbackSender } from "./callback-sender";
import { checkAdminAndSig, checkUrlFormat, findApp, isOutcome } from "./auth";
import { failOutcome, type Outcome } from "./envelope";
import { isObject } from "./field-checks";
import type { RateLimiter } from "./rate-limit";
import type { SandboxApp } from "./types";
import { commandAt } from "../trtc/commands";
import { findHandler, runHandler, type CommandContext } from "./room-commands";

/** One TRTC REST call from method + URL + body to an Outcome, in the check order of docs/trtc-api.md §8. */

/** Not a Tencent code: the sandbox's own answer for a registry command it does not implement. */
export const NOT_EMULATED = 99_501;

export type CallEnv = Omit<CommandContext, "sdkAppId" | "caller" | "nowMs" | "emit"> & {
  apps: SandboxApp[];
  now: () => number;
  limiter: RateLimiter;
  callbacks: CallbackSender;
};

/** The address a REST action is reported from (docs/trtc-api.md §6.2's sample); the sandbox is local. */
const REST_CLIENT_IP = "127.0.0.1";

/** `/v4/{service}/{command}` split up; anything else keeps its whole path as the command name. */
export function routeOf(pathname: string): { service: string; command: string } {
  const m = /^\/v4\/([^/]+)\/([^/]+)$/.exec(pathname);
  return m ? { service: m[1] ?? "", command: m[2] ?? "" } : { service: "", command: pathname };
}

export type ParsedBody = { ok: true; value: unknown } | { ok: false };

export function parseBody(raw: string): ParsedBody {
  try {
    return { ok: true, value: JSON.parse(raw) };
  } catch {
    return { ok: false };
  }
}

export function handleTrtcCall(method: string, url: URL, body: ParsedBody, env: CallEnv): Outcome {
  if (method !== "POST") return failOutcome(60002, "the method must be POST");
  // An unknown path is a resource error whatever the credentials, so it is judged before them.
  const { service, command } = routeOf(url.pathname);
  const name = commandAt(service, command);
  if (!name) return failOutcome(60009);
  const query = url.searchParams;
  const app = findApp(query, env.apps);
  if (isOutcome(app)) return app;
  if (env.limiter.hit(app.sdkAppId)) return failOutcome(60007);
  const nowMs = env.now();
  const refused = checkAdminAndSig(query, app, Math.floor(nowMs / 1000)) ?? checkUrlFormat(query);
  if (refused) return refused;

  if (!body.ok || !isObject(body.value)) return failOutcome(60003);

  // A real Tencent command the sandbox does not carry out yet: said plainly, never mistaken for success.
  const handler = findHandler(name);
  if (!handler) return failOutcome(NOT_EMULATED, `sandbox: ${name} is not emulated yet`);
  const caller = query.get("identifier") ?? "";
  const emit: CommandContext["emit"] = (command, fields) =>
    env.callbacks.emit({
      sdkAppId: app.sdkAppId,
      command,
      fields,
      operator: caller,
      platform: "RESTAPI",
      clientIp: REST_CLIENT_IP,
      eventTimeMs: nowMs,
    });
  return runHandler(handler, body.value, { ...env, sdkAppId: app.sdkAppId, caller, nowMs, emit });
}
