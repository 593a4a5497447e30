import { genUserSig } from "@/lib/trtc/usersig";
import type { EnvelopeWire } from "@/lib/trtc/wire";
import { ADMIN, APP } from "./trtc-test-app";

/** Signed TRTC URLs and calls against a running sandbox, over real HTTP, with every part overridable. */

export interface SignOptions {
  /** null drops the parameter from the URL. */
  sdkAppId?: number | string | null;
  identifier?: string | null;
  usersig?: string | null;
  random?: string | null;
  contenttype?: string | null;
  /** Claims inside the UserSig, defaulting to the URL's. */
  sigIdentifier?: string;
  sigAppId?: number;
  secretKey?: string;
  /** Unix seconds the sig was issued at; default now. */
  time?: number;
  expire?: number;
}

export function trtcUrl(base: string, command: string, o: SignOptions = {}): string {
  const path = command.includes("/") ? command : `room_engine_http_srv/${command}`;
  const sdkAppId = o.sdkAppId === undefined ? APP.sdkAppId : o.sdkAppId;
  const identifier = o.identifier === undefined ? ADMIN : o.identifier;
  const claims = {
    identifier: o.sigIdentifier ?? identifier ?? ADMIN,
    sdkAppId: o.sigAppId ?? Number(sdkAppId ?? APP.sdkAppId),
    time: o.time ?? Math.floor(Date.now() / 1000),
    expire: o.expire ?? 86400,
  };
  const params: Record<string, string | number | null> = {
    sdkappid: sdkAppId,
    identifier,
    usersig: o.usersig === undefined ? genUserSig(o.secretKey ?? APP.secretKey, claims) : o.usersig,
    random: o.random === undefined ? String(Math.floor(Math.random() * 4294967295)) : o.random,
    contenttype: o.contenttype === undefined ? "json" : o.contenttype,
  };
  const query = Object.entries(params)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
    .join("&");
  return `${base}/v4/${path}?${query}`;
}

export interface CallOptions extends SignOptions {
  method?: string;
  /** Sent as-is instead of JSON.stringify(body). */
  rawBody?: string;
  signal?: AbortSignal;
}

export async function trtcCall(base: string, command: string, body: unknown, o: CallOptions = {}) {
  const method = o.method ?? "POST";
  const res = await fetch(trtcUrl(base, command, o), {
    method,
    headers: { "content-type": "application/json" },
    body: method === "GET" || method === "HEAD" ? undefined : (o.rawBody ?? JSON.stringify(body)),
    signal: o.signal,
  });
  return { status: res.status, json: (await res.json()) as EnvelopeWire };
}

/** A clock tests move by hand; starts at the real time so UserSigs signed "now" stay valid. */
export function manualClock() {
  let t = Date.now();
  return {
    now: () => t,
    advance(ms: number) {
      t += ms;
    },
    seconds: () => Math.floor(t / 1000),
  };
}
