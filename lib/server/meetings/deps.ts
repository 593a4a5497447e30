import "server-only";
import type { Db } from "../db";
import { getDb } from "../db";
import { getConfig } from "../config";
import { instanceId } from "../instance-id";
import { RetryBudget } from "../reliability/retry-budget";
import type { TrtcClient } from "../trtc";
import { getTrtcClient, trtcSecrets } from "../trtc/instance";
import type { Lease } from "./intents";

/** What the meetings services need, passed in so integration tests can use a test DB and a sandbox. */
export interface MeetingDeps {
  db: Db;
  trtc: TrtcClient;
  secrets: readonly string[];
  limits: { maxMembers: number; maxSeats: number };
  /** Milliseconds. */
  now: () => number;
}

/** What scheduling adds: retries, the retry budget, the admin identifier and this instance's lease. */
export interface SchedulingDeps extends MeetingDeps {
  budget: RetryBudget;
  retry: { maxAttempts: number; baseMs: number; capMs: number };
  adminUserId: string;
  lease: Lease;
  /** Backoff waits; injectable so tests need not wait. */
  sleep?: (ms: number) => Promise<void>;
}

const globalForBudget = globalThis as unknown as { roomdeskRetryBudget?: RetryBudget };

/** The process-wide retry budget: during an outage retries stop instead of multiplying the load. */
function retryBudget(capacity: number): RetryBudget {
  globalForBudget.roomdeskRetryBudget ??= new RetryBudget({ capacity });
  return globalForBudget.roomdeskRetryBudget;
}

export async function meetingDeps(): Promise<MeetingDeps> {
  return {
    db: await getDb(),
    trtc: getTrtcClient(),
    secrets: trtcSecrets(),
    limits: getConfig().limits,
    now: Date.now,
  };
}

export async function schedulingDeps(): Promise<SchedulingDeps> {
  const { reliability, trtc } = getConfig();
  return {
    ...(await meetingDeps()),
    budget: retryBudget(reliability.retry.budget),
    retry: {
      maxAttempts: reliability.retry.maxAttempts,
      baseMs: reliability.retry.baseMs,
      capMs: reliability.retry.capMs,
    },
    adminUserId: trtc.adminUserId,
    lease: { owner: instanceId(), ms: reliability.intentLeaseMs },
  };
}
