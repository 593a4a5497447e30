import { decodeUserSig, verifyUserSig } from "../trtc/usersig";
import { failOutcome, type Outcome } from "./envelope";
import type { SandboxApp } from "./types";

/**
 * URL checks in the order of docs/trtc-api.md §8 (Tencent's real order is unknown [U]); the rate limit sits
 * between findApp and checkAdminAndSig because it is counted per SDKAppID.
 */

export function findApp(query: URLSearchParams, apps: SandboxApp[]): SandboxApp | Outcome {
  const sdkAppId = query.get("sdkappid");
  if (!sdkAppId) return failOutcome(60012);
  return apps.find((a) => String(a.sdkAppId) === sdkAppId) ?? failOutcome(60006);
}

function numberClaim(doc: Record<string, unknown>, key: string): number | null {
  const v = doc[key];
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

export function checkAdminAndSig(
  query: URLSearchParams,
  app: SandboxApp,
  nowSeconds: number,
): Outcome | null {
  const identifier = query.get("identifier");
  if (!identifier || !app.adminIdentifiers.includes(identifier)) return failOutcome(60010);
  const userSig = query.get("usersig");
  if (!userSig) return failOutcome(70002);

  const doc = decodeUserSig(userSig);
  const sigIdentifier = doc?.["TLS.identifier"];
  const sigAppId = doc && numberClaim(doc, "TLS.sdkappid");
  const time = doc && numberClaim(doc, "TLS.time");
  const expire = doc && numberClaim(doc, "TLS.expire");
  if (typeof sigIdentifier !== "string" || sigAppId === null || time === null || expire === null) {
    return failOutcome(70003);
  }
  // The HMAC is checked against the sig's own claims first, so a forged sig reads as 70003 rather than
  // leaking which claim differs; -Infinity as "now" keeps verifyUserSig from judging expiry here.
  const own = { sdkAppId: sigAppId, identifier: sigIdentifier };
  if (!verifyUserSig(app.secretKey, own, userSig, Number.NEGATIVE_INFINITY).ok) return failOutcome(70003);
  if (nowSeconds > time + expire) return failOutcome(70001);
  if (sigIdentifier !== identifier) return failOutcome(70013);
  if (sigAppId !== app.sdkAppId) return failOutcome(70014);
  return null;
}

const UINT32 = /^\d{1,10}$/;

export function checkUrlFormat(query: URLSearchParams): Outcome | null {
  const random = query.get("random");
  if (random === null || !UINT32.test(random) || Number(random) > 4294967295) {
    return failOutcome(60002, "random must be an unsigned 32-bit integer");
  }
  if (query.get("contenttype") !== "json") return failOutcome(60002, 'contenttype must be "json"');
  return null;
}

export const isOutcome = (v: unknown): v is Outcome =>
  typeof v === "object" && v !== null && "code" in v && "info" in v;
