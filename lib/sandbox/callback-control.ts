import { parseCallbackFaults } from "./callback-faults";
import type { CallbackSender } from "./callback-sender";
import { isObject } from "./field-checks";

/**
 * The callbacks the sandbox sent, and how it sends them:
 *
 * - GET  /__sandbox/callbacks          every delivery attempt, oldest first
 * - POST /__sandbox/callbacks/flush    sends what reorder is holding back
 * - GET|POST /__sandbox/callback-faults {duplicate?, reorder?, delayMs?}   a field left out is off
 * - POST /__sandbox/callback-token {Token: "…" | null}   sign callbacks with it, or stop signing
 */

export interface CallbackControlAnswer {
  status: number;
  body: unknown;
}

/** §6.5: a live callback token is 1 to 128 characters; the same bound is kept here [U for room_config]. */
const MAX_TOKEN_LENGTH = 128;

const problem = (status: number, error: string): CallbackControlAnswer => ({ status, body: { error } });

function setToken(body: unknown, sender: CallbackSender): CallbackControlAnswer {
  if (!isObject(body) || !("Token" in body)) return problem(400, 'body must be {"Token": string | null}');
  const token = body.Token;
  if (token !== null && (typeof token !== "string" || token.length < 1 || token.length > MAX_TOKEN_LENGTH)) {
    return problem(400, `Token must be 1 to ${MAX_TOKEN_LENGTH} characters, or null`);
  }
  sender.setToken(token);
  // The token is not echoed: the control endpoints never show a secret.
  return { status: 200, body: { signing: token !== null } };
}

export function handleCallbackControl(
  method: string,
  url: URL,
  body: unknown,
  sender: CallbackSender,
): CallbackControlAnswer | null {
  switch (`${method} ${url.pathname.replace(/\/+$/, "")}`) {
    case "GET /__sandbox/callbacks":
      return { status: 200, body: sender.deliveries() };
    case "POST /__sandbox/callbacks/flush":
      return { status: 200, body: { flushed: sender.flush() } };
    case "GET /__sandbox/callback-faults":
      return { status: 200, body: sender.faults() };
    case "POST /__sandbox/callback-faults": {
      const faults = parseCallbackFaults(body);
      if (typeof faults === "string") return problem(400, faults);
      sender.setFaults(faults);
      return { status: 200, body: faults };
    }
    case "POST /__sandbox/callback-token":
      return setToken(body, sender);
    default:
      return null;
  }
}
