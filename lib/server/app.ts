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
import { JobAdmission } from "./reliability/job-admission";
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
  /**
   * The same client, breaker and shared limit for spreadsheet jobs, admitted only when no person would wait
   * (lib/server/reliability/job-admission.ts); `mayCall` says whether the breaker lets calls out now.
   */
  bulk: { trtc: TrtcClient; mayCall: () => boolean };
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

/** A job waits this long between looks at a shared bucket that people are using. */
const JOB_RETRY_MS = 5;
/** Jobs queue longer than a person would: a row waiting its turn is no one waiting at a form. */
const JOB_MAX_QUEUE_MS = 30_000;

function rateLimiters(config: AppConfig): { limiter: RateLimiter; jobs: RateLimiter; redis: Redis | null } {
  const { reliability, bulk } = config;
  const limit = { perSecond: reliability.rate.perSecond, burst: reliability.rate.burst };
  // Jobs get the rate less the share kept for people, one call at a time (no burst of their own). A share,
  // not a number of calls, so jobs use the same part of any limit, 190/s or a small deployment's 40/s.
  const jobLimit = { perSecond: reliability.rate.perSecond * (1 - bulk.reservedPercent / 100), burst: 1 };
  if (!reliability.redisUrl)
    return {
      limiter: new InProcessRateLimiter(limit),
      jobs: new InProcessRateLimiter(jobLimit),
      redis: null,
    };
  // Several instances: one budget for all of them, or together they would exceed Tencent's 200/s.
  const redis = new Redis(reliability.redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: true });
  return {
    limiter: new RedisRateLimiter(redis, limit),
    jobs: new RedisRateLimiter(redis, jobLimit, "roomdesk:trtc:rate:jobs"),
    redis,
  };
}

async function build(config: AppConfig): Promise<AppDeps> {
  const { trtc, reliability } = config;
  const db = await openDatabase(config.database);
  const { limiter, jobs, redis } = rateLimiters(config);
  const raw = createTrtcClient({
    baseUrl: trtc.baseUrl,
    sdkAppId: trtc.sdkAppId,
    secretKey: trtc.secretKey,
    adminUserId: trtc.adminUserId,
    timeoutMs: trtc.timeoutMs,
  });
  const breaker = new CircuitBreaker<OutageEvidence>(reliability.breaker);
  const client = guardClient(raw, { limiter, breaker, maxQueueMs: reliability.rate.maxWaitMs });
  const jobAdmission = new JobAdmission(jobs, limiter, JOB_RETRY_MS, { now: Date.now, sleep });
  const bulkClient = guardClient(raw, { limiter: jobAdmission, breaker, maxQueueMs: JOB_MAX_QUEUE_MS });
  return {
    config,
    db,
    auth: createAuth(db, config.auth),
    trtc: client,
    bulk: { trtc: bulkClient, mayCall: () => breaker.state !== "open" },
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

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

const globalForApp = globalThis as unknown as { roomdeskApp?: Promise<AppDeps> };

/** The process's dependencies, built on first use (never at import or build time), then shared. */
export function getApp(): Promise<AppDeps> {
  globalForApp.roomdeskApp ??= build(getConfig()).catch((error: unknown) => {
    globalForApp.roomdeskApp = undefined;
    throw error;
  });
  return globalForApp.roomdeskApp;
}
