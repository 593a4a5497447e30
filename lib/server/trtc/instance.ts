import "server-only";
import { Redis } from "ioredis";
import { getConfig } from "../config";
import { CircuitBreaker } from "../reliability/circuit-breaker";
import { guardClient } from "../reliability/guarded-client";
import { InProcessRateLimiter, type RateLimiter } from "../reliability/rate-limiter";
import { RedisRateLimiter } from "../reliability/redis-rate-limiter";
import { createTrtcClient } from "./client";
import type { OutageEvidence } from "./trtc-error";
import type { TrtcClient } from "./types";

const globalForTrtc = globalThis as unknown as { roomdeskTrtc?: TrtcClient };

function rateLimiter(): RateLimiter {
  const { reliability } = getConfig();
  const limit = { perSecond: reliability.rate.perSecond, burst: reliability.rate.burst };
  if (!reliability.redisUrl) return new InProcessRateLimiter(limit);
  // Several instances: one budget for all of them, or together they would exceed Tencent's 200/s.
  const redis = new Redis(reliability.redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: true });
  return new RedisRateLimiter(redis, limit);
}

/**
 * The process's TRTC client: built from the validated configuration, behind the circuit breaker and the
 * rate limiter, with its UserSig cache kept warm.
 */
export function getTrtcClient(): TrtcClient {
  const { trtc, reliability } = getConfig();
  globalForTrtc.roomdeskTrtc ??= guardClient(
    createTrtcClient({
      baseUrl: trtc.baseUrl,
      sdkAppId: trtc.sdkAppId,
      secretKey: trtc.secretKey,
      adminUserId: trtc.adminUserId,
      timeoutMs: trtc.timeoutMs,
    }),
    {
      limiter: rateLimiter(),
      breaker: new CircuitBreaker<OutageEvidence>(reliability.breaker),
      maxQueueMs: reliability.rate.maxWaitMs,
    },
  );
  return globalForTrtc.roomdeskTrtc;
}

/** Values no sink may ever hold: handed to the redactor for audit bodies and error text. */
export function trtcSecrets(): string[] {
  return [getConfig().trtc.secretKey];
}
