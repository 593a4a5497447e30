import "server-only";
import { performCall, type CallContext } from "./call";
import type { TrtcClient, TrtcClientSettings } from "./types";
import { createUserSigCache } from "./usersig-cache";

const DEFAULT_TIMEOUT_MS = 5000;
const DEFAULT_USERSIG_TTL_SECONDS = 86400;

/**
 * Builds the TRTC REST client from explicit settings (the server config module supplies them from env).
 * The secret key stays inside this closure: it is never a property of the returned object.
 */
export function createTrtcClient(settings: TrtcClientSettings): TrtcClient {
  if (!settings.adminUserId) throw new TypeError("TRTC client: adminUserId is required");
  if (!settings.secretKey) throw new TypeError("TRTC client: secretKey is required");
  const ttlSeconds = settings.userSigTtlSeconds ?? DEFAULT_USERSIG_TTL_SECONDS;
  const ctx: CallContext = {
    baseUrl: checkedBaseUrl(settings.baseUrl),
    sdkAppId: checked("sdkAppId", settings.sdkAppId, 0xffff_ffff),
    adminUserId: settings.adminUserId,
    defaultTimeoutMs: checked("timeoutMs", settings.timeoutMs ?? DEFAULT_TIMEOUT_MS),
    sigs: createUserSigCache({
      secretKey: settings.secretKey,
      sdkAppId: settings.sdkAppId,
      identifier: settings.adminUserId,
      ttlSeconds: checked("userSigTtlSeconds", ttlSeconds),
      now: settings.now ?? Date.now,
    }),
    deadline: settings.deadline ?? ((ms) => AbortSignal.timeout(ms)),
    monotonicNow: settings.monotonicNow ?? (() => performance.now()),
  };

  return { run: (command, body, opts = {}) => performCall(ctx, command, body, opts) };
}

// Settings errors name the field but never echo a value: the object also holds the secret key.
function checked(name: string, value: number, max = Number.MAX_SAFE_INTEGER): number {
  if (!Number.isInteger(value) || value <= 0 || value > max) {
    throw new TypeError(`TRTC client: ${name} must be a positive integer`);
  }
  return value;
}

function checkedBaseUrl(baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new TypeError("TRTC client: baseUrl is not a valid URL");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new TypeError("TRTC client: baseUrl must be http(s)");
  }
  if (url.search || url.hash) throw new TypeError("TRTC client: baseUrl must not have a query or fragment");
  return url.href.replace(/\/+$/, "");
}
