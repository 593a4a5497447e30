import "server-only";
import path from "node:path";
import { z } from "zod";
import { TRTC_REGION_NAMES, TRTC_REGIONS, isTencentBaseUrl, type TrtcRegion } from "@/lib/trtc/regions";
import { ROOM_LIMITS } from "@/lib/trtc/limits";
import { ensureSandboxCredentials } from "@/lib/sandbox/credentials";
import { ensureAuthSecret } from "@/lib/server/auth/secret-file";

/**
 * The one place that reads process.env. Validated once; a bad value stops the server at start
 * (instrumentation.ts) with a message naming the variable.
 */
const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const envSchema = z
  .object({
    TRTC_SDK_APP_ID: z.coerce.number().int().positive().max(4294967295).optional(),
    TRTC_SECRET_KEY: z.string().min(16, "must be the 64-character key from the TRTC console").optional(),
    TRTC_ADMIN_USER_ID: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,32}$/, "must be a UserID: 1-32 letters, digits, _ or -")
      .default("administrator"),
    TRTC_REGION: z.enum(TRTC_REGION_NAMES).default("singapore"),
    TRTC_API_BASE_URL: z
      .url({ protocol: /^https?$/, error: "must be an http(s) URL such as http://127.0.0.1:4600" })
      .optional(),
    TRTC_TIMEOUT_MS: positiveInt(5000),
    TRTC_MAX_MEMBERS: positiveInt(ROOM_LIMITS.defaultMaxMembers),
    TRTC_MAX_SEATS: positiveInt(ROOM_LIMITS.defaultMaxSeats),
    DATABASE_URL: z.string().default("file:./data/roomdesk.db"),
    SANDBOX_PORT: positiveInt(4600),
    SANDBOX_CREDENTIALS_FILE: z.string().default("data/sandbox/credentials.json"),
    REDIS_URL: z.url({ protocol: /^rediss?$/, error: "must be a redis:// URL" }).optional(),
    TRTC_RATE_LIMIT_PER_SECOND: positiveInt(190),
    TRTC_RATE_BURST: positiveInt(10),
    TRTC_RATE_MAX_WAIT_MS: positiveInt(2000),
    TRTC_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(5).default(3),
    TRTC_RETRY_BASE_MS: positiveInt(200),
    TRTC_RETRY_CAP_MS: positiveInt(5000),
    TRTC_RETRY_BUDGET: positiveInt(10),
    TRTC_BREAKER_THRESHOLD: positiveInt(5),
    TRTC_BREAKER_OPEN_MS: positiveInt(30_000),
    INTENT_LEASE_MS: positiveInt(60_000).pipe(z.number().min(1000, "must be at least 1000 (a second)")),
    RECONCILER_INTERVAL_MS: positiveInt(60_000).pipe(z.number().min(250, "must be at least 250")),
    BETTER_AUTH_SECRET: z
      .string()
      .min(32, "must be at least 32 characters (openssl rand -base64 32)")
      .optional(),
    BETTER_AUTH_URL: z
      .url({
        protocol: /^https?$/,
        error: "must be the public http(s) URL of Roomdesk, e.g. https://roomdesk.example.com",
      })
      .optional(),
    AUTH_SECRET_FILE: z.string().default("data/auth/secret"),
    TRUSTED_IP_HEADER: z
      .string()
      .regex(/^[A-Za-z0-9-]{1,64}$/, "must be a header name such as x-real-ip")
      .transform((h) => h.toLowerCase())
      .optional(),
    SESSION_FRESH_MINUTES: positiveInt(15),
    SESSION_IDLE_MINUTES: positiveInt(30).pipe(z.number().max(24 * 60, "must be at most 1440 (a day)")),
    SESSION_MAX_HOURS: positiveInt(12).pipe(z.number().max(24 * 7, "must be at most 168 (a week)")),
  })
  .superRefine((env, ctx) => {
    if ((env.TRTC_SDK_APP_ID === undefined) !== (env.TRTC_SECRET_KEY === undefined)) {
      ctx.addIssue({
        code: "custom",
        path: [env.TRTC_SDK_APP_ID === undefined ? "TRTC_SDK_APP_ID" : "TRTC_SECRET_KEY"],
        message: "is required when the other TRTC credential is set (set both, or neither for sandbox mode)",
      });
    }
    if (!/^(file:|postgres(ql)?:\/\/)/.test(env.DATABASE_URL)) {
      ctx.addIssue({
        code: "custom",
        path: ["DATABASE_URL"],
        message: "must start with file: or postgres://",
      });
    }
  });

export type DatabaseConfig = { kind: "sqlite"; file: string } | { kind: "postgres"; url: string };

export interface AppConfig {
  trtc: {
    mode: "tencent" | "sandbox";
    region: TrtcRegion;
    baseUrl: string;
    sdkAppId: number;
    secretKey: string;
    adminUserId: string;
    timeoutMs: number;
    /** True when no credentials were configured and the bundled sandbox's generated ones are used. */
    generatedCredentials: boolean;
  };
  limits: { maxMembers: number; maxSeats: number };
  reliability: {
    /** Shared rate limit across instances when set; in-process otherwise. */
    redisUrl: string | null;
    rate: { perSecond: number; burst: number; maxWaitMs: number };
    /** `budget`: retry tokens per process; each retry spends one, each success refunds 0.1. */
    retry: { maxAttempts: number; baseMs: number; capMs: number; budget: number };
    breaker: { failureThreshold: number; openMs: number };
    /** How long a scheduling intent is held by its worker without a renewal before another may take it. */
    intentLeaseMs: number;
    /** How often each instance looks for unsettled intents (and once at start). */
    reconcilerIntervalMs: number;
  };
  database: DatabaseConfig;
  auth: {
    secret: string;
    /** The public URL when configured; cookies are Secure (and HSTS sent) when it is https. */
    baseUrl: string | null;
    secureCookies: boolean;
    /** Lower-case header a trusted proxy sets to the client address; null: use the socket address. */
    trustedIpHeader: string | null;
    idleMinutes: number;
    /** Changes to accounts need a sign-in at most this old (re-authentication for sensitive changes). */
    freshMinutes: number;
    maxHours: number;
  };
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

function describe(error: z.ZodError): string {
  return error.issues.map((i) => `  ${i.path.join(".") || "environment"}: ${i.message}`).join("\n");
}

export function parseConfig(env: Record<string, string | undefined>, cwd = process.cwd()): AppConfig {
  // Empty strings in .env files mean "not set", not "set to nothing".
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) throw new ConfigError(`Invalid Roomdesk configuration:\n${describe(parsed.error)}`);
  const e = parsed.data;

  const generatedCredentials = e.TRTC_SDK_APP_ID === undefined;
  const creds = generatedCredentials
    ? ensureSandboxCredentials(path.resolve(cwd, e.SANDBOX_CREDENTIALS_FILE))
    : { sdkAppId: e.TRTC_SDK_APP_ID!, secretKey: e.TRTC_SECRET_KEY!, adminUserId: e.TRTC_ADMIN_USER_ID };
  const baseUrl = (
    e.TRTC_API_BASE_URL ??
    (generatedCredentials ? `http://127.0.0.1:${e.SANDBOX_PORT}` : `https://${TRTC_REGIONS[e.TRTC_REGION]}`)
  ).replace(/\/+$/, "");

  const mode = isTencentBaseUrl(baseUrl) ? "tencent" : "sandbox";
  if (!e.BETTER_AUTH_SECRET && mode === "tencent") {
    throw new ConfigError(
      "Invalid Roomdesk configuration:\n  BETTER_AUTH_SECRET: is required when calling Tencent (openssl rand -base64 32)",
    );
  }
  const authBaseUrl = e.BETTER_AUTH_URL?.replace(/\/+$/, "") ?? null;

  return {
    trtc: {
      mode,
      region: e.TRTC_REGION,
      baseUrl,
      sdkAppId: creds.sdkAppId,
      secretKey: creds.secretKey,
      adminUserId: creds.adminUserId,
      timeoutMs: e.TRTC_TIMEOUT_MS,
      generatedCredentials,
    },
    limits: { maxMembers: e.TRTC_MAX_MEMBERS, maxSeats: e.TRTC_MAX_SEATS },
    reliability: {
      redisUrl: e.REDIS_URL ?? null,
      rate: {
        perSecond: e.TRTC_RATE_LIMIT_PER_SECOND,
        burst: e.TRTC_RATE_BURST,
        maxWaitMs: e.TRTC_RATE_MAX_WAIT_MS,
      },
      retry: {
        maxAttempts: e.TRTC_MAX_ATTEMPTS,
        baseMs: e.TRTC_RETRY_BASE_MS,
        capMs: e.TRTC_RETRY_CAP_MS,
        budget: e.TRTC_RETRY_BUDGET,
      },
      breaker: { failureThreshold: e.TRTC_BREAKER_THRESHOLD, openMs: e.TRTC_BREAKER_OPEN_MS },
      intentLeaseMs: e.INTENT_LEASE_MS,
      reconcilerIntervalMs: e.RECONCILER_INTERVAL_MS,
    },
    database: e.DATABASE_URL.startsWith("file:")
      ? { kind: "sqlite", file: path.resolve(cwd, e.DATABASE_URL.slice("file:".length)) }
      : { kind: "postgres", url: e.DATABASE_URL },
    auth: {
      secret: e.BETTER_AUTH_SECRET ?? ensureAuthSecret(path.resolve(cwd, e.AUTH_SECRET_FILE)),
      baseUrl: authBaseUrl,
      secureCookies: authBaseUrl?.startsWith("https://") ?? false,
      trustedIpHeader: e.TRUSTED_IP_HEADER ?? null,
      idleMinutes: e.SESSION_IDLE_MINUTES,
      freshMinutes: e.SESSION_FRESH_MINUTES,
      maxHours: e.SESSION_MAX_HOURS,
    },
  };
}

let cached: AppConfig | undefined;

/** The validated configuration of this process (parsed on first use, then cached). */
export function getConfig(): AppConfig {
  cached ??= parseConfig(process.env);
  return cached;
}

/** `next dev` (React needs eval there for its debugging tools; production CSP never allows it). */
export function isDevServer(): boolean {
  return process.env.NODE_ENV === "development";
}
