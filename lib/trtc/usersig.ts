import { createHmac, timingSafeEqual } from "node:crypto";
import { deflateSync, inflateSync } from "node:zlib";

/**
 * TLSSigAPIv2 UserSig, as Tencent's official libraries build and verify it
 * (docs: shared docs/trtc-api.md §5). Framework-free: the TRTC client signs with it, the sandbox verifies with it.
 */

export interface UserSigClaims {
  identifier: string;
  sdkAppId: number;
  /** Unix seconds at which the sig was issued. */
  time: number;
  /** Validity in seconds, relative to `time`. */
  expire: number;
}

export type UserSigVerdict =
  | { ok: true; claims: UserSigClaims }
  | {
      ok: false;
      reason: "malformed" | "sdkappid-mismatch" | "identifier-mismatch" | "expired" | "bad-signature";
    };

function hmacBase64(key: string, c: UserSigClaims): string {
  const content =
    `TLS.identifier:${c.identifier}\n` +
    `TLS.sdkappid:${c.sdkAppId}\n` +
    `TLS.time:${c.time}\n` +
    `TLS.expire:${c.expire}\n`;
  return createHmac("sha256", key).update(content, "utf8").digest("base64");
}

const toUrlSafe = (b64: string) => b64.replace(/\+/g, "*").replace(/\//g, "-").replace(/=/g, "_");
const fromUrlSafe = (s: string) => s.replace(/\*/g, "+").replace(/-/g, "/").replace(/_/g, "=");

export function genUserSig(secretKey: string, claims: UserSigClaims): string {
  const doc = {
    "TLS.ver": "2.0",
    "TLS.identifier": claims.identifier,
    "TLS.sdkappid": claims.sdkAppId,
    "TLS.time": claims.time,
    "TLS.expire": claims.expire,
    "TLS.sig": hmacBase64(secretKey, claims),
  };
  return toUrlSafe(deflateSync(Buffer.from(JSON.stringify(doc), "utf8")).toString("base64"));
}

/** The JSON inside a UserSig, or null when it is not a UserSig at all. */
export function decodeUserSig(userSig: string): Record<string, unknown> | null {
  try {
    const json = inflateSync(Buffer.from(fromUrlSafe(userSig), "base64")).toString("utf8");
    const doc: unknown = JSON.parse(json);
    return doc && typeof doc === "object" && !Array.isArray(doc) ? (doc as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Verifies like Tencent's Go/PHP routines: decode, app, identifier, expiry, then the HMAC (constant time). */
export function verifyUserSig(
  secretKey: string,
  expected: { sdkAppId: number; identifier: string },
  userSig: string,
  nowSeconds: number,
): UserSigVerdict {
  const doc = decodeUserSig(userSig);
  if (!doc) return { ok: false, reason: "malformed" };
  const {
    "TLS.identifier": identifier,
    "TLS.sdkappid": sdkAppId,
    "TLS.time": time,
    "TLS.expire": expire,
  } = doc;
  const sig = doc["TLS.sig"];
  if (
    typeof identifier !== "string" ||
    typeof sdkAppId !== "number" ||
    typeof time !== "number" ||
    typeof expire !== "number" ||
    typeof sig !== "string"
  ) {
    return { ok: false, reason: "malformed" };
  }
  if (sdkAppId !== expected.sdkAppId) return { ok: false, reason: "sdkappid-mismatch" };
  if (identifier !== expected.identifier) return { ok: false, reason: "identifier-mismatch" };
  if (nowSeconds > time + expire) return { ok: false, reason: "expired" };
  const claims = { identifier, sdkAppId, time, expire };
  const want = Buffer.from(hmacBase64(secretKey, claims));
  const got = Buffer.from(sig);
  if (want.length !== got.length || !timingSafeEqual(want, got))
    return { ok: false, reason: "bad-signature" };
  return { ok: true, claims };
}
