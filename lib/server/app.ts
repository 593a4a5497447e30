import "server-only";
import { Redis } from "ioredis";
import type { RetryPolicy } from "./audit/audited-trtc";
import { createAuth, type Auth } from "./auth/auth";
import { getConfig, type AppConfig } from "./config";
import { openDatabase, type Db } from "./db/connect";
import { instanceId } from "./instance-id";
import type { Lease } from "./meetings/intents";
import { CircuitBreaker } from "./reliability/circuit-breaker";
import { guardClient } from "./reliability/guarded-client";
import { InProcessRateLimiter, type RateLimiter } from "./reliability/rate-limiter";
import { RedisRateLimiter } from "./reliability/redis-rate-limiter";
import { RetryBudget } from "./reliability/retry-budget";
import { createTrtcClient } from "./trtc/client";
import type { OutageEvidence } from "./trtc/trtc-error";
import type { TrtcClient } from "./trtc/types";

/**
 * The composition root: everything a service may need, built once per process from the validated
 * configuration. Services take the slice they use (`Pick<AppDeps, …>`) as their first argument, so tests
 * pass their own database, sandbox-backed client and clock the same way.
 */
export interface AppDeps {
  config: AppConfig;
  db: Db;
  auth: Auth;
  /** The TRTC client behind the circuit breaker and the shared rate limiter. */
  trtc: TrtcClient;
  /** Values no sink may ever hold: handed to the redactor for audit bodies and error text. */
  secrets: readonly string[];
  /** How reads and repeatable writes are retried, with the process-wide budget. */
  retry: RetryPolicy;
  /** This instance's hold on the scheduling intents it works on. */
  lease: Lease;
  limits: { maxMembers: number; maxSeats: number };
  /** The admin identifier every call is made as; the owner of rooms made without one. */
  adminUserId: string;
  /** Milliseconds. */
  now: () => number;
  /** Closes what the root opened (the database, the shared limiter's Redis connection), for commands that end. */
  close(): Promise<void>;
}

function rateLimiter(config: AppConfig): { limiter: RateLimiter; redis: Redis | null } {
  const { reliability } = config;
  const limit = { perSecond: reliability.rate.perSecond, burst: reliability.rate.burst };
  if (!reliability.redisUrl) return { limiter: new InProcessRateLimiter(limit), redis: null };
  // Several instances: one budget for all of them, or together they would exceed Tencent's 200/s.
  const redis = new Redis(reliability.redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: true });
  return { limiter: new RedisRateLimiter(redis, limit), redis };
}

async function build(config: AppConfig): Promise<AppDeps> {
  const { trtc, reliability } = config;
  const db = await openDatabase(config.database);
  const { limiter, redis } = rateLimiter(config);
  const client = guardClient(
    createTrtcClient({
      baseUrl: trtc.baseUrl,
      sdkAppId: trtc.sdkAppId,
      secretKey: trtc.secretKey,
      adminUserId: trtc.adminUserId,
      timeoutMs: trtc.timeoutMs,
    }),
    {
      limiter,
      breaker: new CircuitBreaker<OutageEvidence>(reliability.breaker),
      maxQueueMs: reliability.rate.maxWaitMs,
    },
  );
  return {
    config,
    db,
    auth: createAuth(db, config.auth),
    trtc: client,
    secrets: [trtc.secretKey],
    retry: {
      budget: new RetryBudget({ capacity: reliability.retry.budget }),
      maxAttempts: reliability.retry.maxAttempts,
      backoff: { baseMs: reliability.retry.baseMs, capMs: reliability.retry.capMs },
    },
    lease: { owner: instanceId(), ms: reliability.intentLeaseMs },
    limits: config.limits,
    adminUserId: trtc.adminUserId,
    now: Date.now,
    async close() {
      await db.close();
      await redis?.quit();
    },
  };
}

const globalForApp = globalThis as unknown as { roomdeskApp?: Promise<AppDeps> };

/** The process's dependencies, built on first use (never at import or build time), then shared. */
export function getApp(): Promise<AppDeps> {
  globalForApp.roomdeskApp ??= build(getConfig()).catch((error: unknown) => {
    globalForApp.roomdeskApp = undefined;
    throw error;
  });
  return globalForApp.roomdeskApp;
}
