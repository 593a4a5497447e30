import "server-only";
import { genUserSig } from "@/lib/trtc/usersig";

export interface UserSigCacheSettings {
  secretKey: string;
  sdkAppId: number;
  identifier: string;
  ttlSeconds: number;
  /** Clock in ms; injectable so tests can move time. */
  now: () => number;
}

export interface UserSigCache {
  /** A UserSig valid for a good while yet: the cached one, or a fresh one once renewal is due. */
  current(): string;
  /** Forget the cached sig, e.g. after Tencent called it expired or invalidated. */
  invalidate(): void;
}

/**
 * Renew once less than a quarter of the lifetime, or an hour, is left: a sig must never expire between being
 * read and Tencent checking it, and clocks drift. Capped at half the lifetime so short TTLs still get reuse.
 */
export function renewalMarginSeconds(ttlSeconds: number): number {
  return Math.min(Math.max(ttlSeconds / 4, 3600), ttlSeconds / 2);
}

export function createUserSigCache(s: UserSigCacheSettings): UserSigCache {
  let cached: { sig: string; renewAtMs: number } | null = null;
  const margin = renewalMarginSeconds(s.ttlSeconds);

  return {
    current() {
      const nowMs = s.now();
      if (cached && nowMs < cached.renewAtMs) return cached.sig;
      const time = Math.floor(nowMs / 1000);
      const sig = genUserSig(s.secretKey, {
        identifier: s.identifier,
        sdkAppId: s.sdkAppId,
        time,
        expire: s.ttlSeconds,
      });
      cached = { sig, renewAtMs: (time + s.ttlSeconds - margin) * 1000 };
      return sig;
    },
    invalidate() {
      cached = null;
    },
  };
}
