import "server-only";
import { createHash } from "node:crypto";
import {
  CALLBACK_COMMANDS,
  CALLBACK_MAX_SKEW_SECONDS,
  canonicalCallbackCommand,
  type CallbackCommand,
} from "@/lib/trtc/callbacks";
import { callbackSignMatches } from "@/lib/trtc/callback-sign";
import type { Db } from "../db";
import { eventWriterFor } from "./event-writer";
import type { CallbackRefusal } from "./refusals";
import { eventAccounts, eventRoomId } from "./event-facts";

/** Larger than any documented body (a full RoomInfo with 300 invitees, a SeatList of 50); far below a flood. */
export const CALLBACK_MAX_BODY_BYTES = 64 * 1024;

export interface CallbackReceiverDeps {
  db: Db;
  sdkAppId: number;
  /** When set, every request must carry a matching Sign and a fresh RequestTime (docs/trtc-api.md §6.5). */
  token: string | null;
  /** Whether the sending address may post callbacks (TRTC_CALLBACK_ALLOWED_IPS). */
  allowed: (ip: string | null) => boolean;
  now: () => number;
}

export interface CallbackRequest {
  query: URLSearchParams;
  /** The body as read, or null when it was over CALLBACK_MAX_BODY_BYTES (reading stopped there). */
  body: string | null;
  clientIp: string | null;
  /**
   * The request carries an Origin header: a browser posted it from a web page. Tencent's servers never
   * send one; refusing it keeps a page a browser opens inside an allowed network from forging callbacks.
   */
  fromBrowser?: boolean;
}

export type ReceiveOutcome =
  | { kind: "stored"; eventId: number; command: string }
  | { kind: "duplicate"; command: string }
  | { kind: "refused"; reason: CallbackRefusal };

const refused = (reason: CallbackRefusal): ReceiveOutcome => ({ kind: "refused", reason });

function checkRequest(req: CallbackRequest, deps: CallbackReceiverDeps): CallbackRefusal | null {
  if (req.fromBrowser) return "browserOrigin";
  if (!deps.allowed(req.clientIp)) return "network";
  // §6.2: the parameter is spelled SdkAppid, and the receiver must check it is its own.
  if (req.query.get("SdkAppid") !== String(deps.sdkAppId)) return "sdkAppId";
  if (deps.token !== null) {
    const sign = req.query.get("Sign");
    const time = req.query.get("RequestTime");
    if (!sign || !time) return "missingSign";
    const seconds = /^\d{1,12}$/.test(time) ? Number(time) : NaN;
    const skew = Math.abs(Math.floor(deps.now() / 1000) - seconds);
    if (!(skew <= CALLBACK_MAX_SKEW_SECONDS)) return "staleRequestTime";
    if (!callbackSignMatches(deps.token, time, sign)) return "badSign";
  }
  if (req.body === null) return "tooLarge";
  return null;
}

type Parsed =
  | {
      ok: true;
      command: string;
      known: CallbackCommand | null;
      value: Record<string, unknown>;
      eventTimeMs: number;
    }
  | { ok: false; reason: CallbackRefusal };

function parseBody(req: CallbackRequest, receivedMs: number): Parsed {
  let json: unknown;
  try {
    json = JSON.parse(req.body ?? "");
  } catch {
    return { ok: false, reason: "notJson" };
  }
  if (typeof json !== "object" || json === null || Array.isArray(json))
    return { ok: false, reason: "notJson" };
  const body = json as Record<string, unknown>;
  const inQuery = req.query.get("CallbackCommand") ?? "";
  if (typeof body.CallbackCommand !== "string" || body.CallbackCommand !== inQuery)
    return { ok: false, reason: "commandMismatch" };
  const known = canonicalCallbackCommand(inQuery);
  if (!known) {
    // A command Roomdesk has no schema for is kept as it came, so nothing Tencent says is dropped.
    const t = body.EventTime;
    const eventTimeMs = typeof t === "number" && Number.isSafeInteger(t) && t >= 0 ? t : receivedMs;
    return { ok: true, command: inQuery, known: null, value: body, eventTimeMs };
  }
  const parsed = CALLBACK_COMMANDS[known].body.safeParse(body);
  if (!parsed.success) return { ok: false, reason: "malformed" };
  const value = parsed.data as Record<string, unknown> & { EventTime: number };
  return { ok: true, command: known, known, value, eventTimeMs: value.EventTime };
}

/**
 * One callback request, from its URL parameters and body to an outcome: refused (nothing stored but a
 * count), a duplicate of an event already stored (counted), or stored once. Tencent may deliver an event
 * twice: the same command with the same body is the same event.
 */
export async function receiveCallback(
  deps: CallbackReceiverDeps,
  req: CallbackRequest,
): Promise<ReceiveOutcome> {
  const receivedMs = deps.now();
  const at = new Date(receivedMs).toISOString();
  const refusal = checkRequest(req, deps);
  const parsed = refusal ? null : parseBody(req, receivedMs);
  const reason = refusal ?? (parsed && !parsed.ok ? parsed.reason : null);
  const writer = eventWriterFor(deps.db);
  if (reason || !parsed || !parsed.ok) {
    await writer.countRefusal(reason ?? "malformed", at);
    return refused(reason ?? "malformed");
  }

  const dedupeKey = createHash("sha256")
    .update(`${parsed.command}\n${JSON.stringify(JSON.parse(req.body ?? "null"))}`)
    .digest("hex");
  const roomId = eventRoomId(parsed.value);
  const written = await writer.store({
    row: {
      received_at: at,
      event_time_ms: parsed.eventTimeMs,
      command: parsed.command,
      known: parsed.known ? 1 : 0,
      room_id: roomId,
      operator_account:
        typeof parsed.value.Operator_Account === "string" ? parsed.value.Operator_Account : "",
      opt_platform: req.query.get("OptPlatform")?.slice(0, 32) ?? null,
      client_ip: req.query.get("ClientIP")?.slice(0, 64) ?? null,
      dedupe_key: dedupeKey,
      body: req.body ?? "",
    },
    accounts: eventAccounts(parsed.value),
  });
  return written.kind === "stored"
    ? { kind: "stored", eventId: written.eventId, command: parsed.command }
    : { kind: "duplicate", command: parsed.command };
}
