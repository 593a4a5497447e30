import "server-only";
import path from "node:path";
import { z } from "zod";
import { TRTC_REGION_NAMES, TRTC_REGIONS, isTencentBaseUrl, type TrtcRegion } from "@/lib/trtc/regions";
import { ROOM_LIMITS } from "@/lib/trtc/limits";
import { ConfigError } from "./config-error";
import { readLocalFile } from "./local-files";
import { parseCidr } from "./network-list";

/**
 * The one place that reads process.env. Validated once; a bad value stops the server at start
 * (instrumentation.ts) with a message naming the variable. Parsing writes nothing: the files a sandbox
 * deployment needs (its credentials, the session secret) are written beforehand by the sandbox and by
 * scripts/prepare-local.ts (run by the quick start, npm run dev and npm start), and only read here.
 * docs/adr/0004-configuration-validated-at-start.md.
 */
const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const envSchema = z
  .object({
    // Explicit, so a URL never decides whether calls reach Tencent. Default: tencent when credentials are set.
    TRTC_MODE: z.enum(["sandbox", "tencent"]).optional(),
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
    BULK_CONCURRENCY: positiveInt(8).pipe(z.number().max(64, "must be at most 64")),
    BULK_RESERVED_PERCENT: positiveInt(3).pipe(z.number().max(50, "must be at most 50")),
    BULK_IDLE_MS: positiveInt(1000).pipe(z.number().min(50, "must be at least 50")),
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
    // Callbacks (docs/trtc-api.md §6): the public URL Tencent posts to, the optional Sign token and the
    // networks Tencent's callbacks may come from (comma-separated CIDRs or addresses).
    ROOMDESK_PUBLIC_URL: z
      .url({ protocol: /^https?$/, error: "must be the public http(s) URL of Roomdesk" })
      .optional(),
    TRTC_CALLBACK_TOKEN: z.string().min(1).max(128, "must be at most 128 characters").optional(),
    TRTC_CALLBACK_ALLOWED_IPS: z
      .string()
      .optional()
      .transform((v, ctx) => {
        const list = (v ?? "")
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean);
        for (const entry of list) {
          if (!parseCidr(entry)) {
            ctx.addIssue({
              code: "custom",
              message: `"${entry.slice(0, 60)}" is not an address or CIDR such as 203.0.113.0/24`,
            });
            return z.NEVER;
          }
        }
        return list;
      }),
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
    if (
      env.TRTC_MODE === "tencent" &&
      env.TRTC_SDK_APP_ID === undefined &&
      env.TRTC_SECRET_KEY === undefined
    ) {
      ctx.addIssue({
        code: "custom",
        path: ["TRTC_SDK_APP_ID"],
        message: "is required with TRTC_MODE=tencent (with TRTC_SECRET_KEY, from the TRTC console)",
      });
    }
    if (env.TRTC_MODE === "sandbox" && env.TRTC_API_BASE_URL && isTencentBaseUrl(env.TRTC_API_BASE_URL)) {
      ctx.addIssue({
        code: "custom",
        path: ["TRTC_API_BASE_URL"],
        message:
          "is one of Tencent's domains, but TRTC_MODE is sandbox: set TRTC_MODE=tencent to call Tencent",
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
    mode: TrtcMode;
    region: TrtcRegion;
    baseUrl: string;
    sdkAppId: number;
    secretKey: string;
    adminUserId: string;
    timeoutMs: number;
    /** True when no credentials were configured and the sandbox's generated ones are used. */
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
  bulk: {
    /** Rows of spreadsheet jobs one instance works on at once. */
    concurrency: number;
    /** The share of the rate limit, in percent, that jobs leave to people. */
    reservedPercent: number;
    /** How long an idle worker waits before looking for rows again. */
    idleMs: number;
  };
  database: DatabaseConfig;
  callbacks: {
    /** Where Tencent should post, when Roomdesk knows its public URL; null otherwise. */
    publicUrl: string | null;
    token: string | null;
    /** Networks allowed to post callbacks; empty: any. */
    allowedNetworks: string[];
  };
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

export { ConfigError };

function describe(error: z.ZodError): string {
  return error.issues.map((i) => `  ${i.path.join(".") || "environment"}: ${i.message}`).join("\n");
}

type Env = z.output<typeof envSchema>;

function parseEnv(env: Record<string, string | undefined>): Env {
  // Empty strings in .env files mean "not set", not "set to nothing".
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) throw new ConfigError(`Invalid Roomdesk configuration:\n${describe(parsed.error)}`);
  return parsed.data;
}

export type TrtcMode = "sandbox" | "tencent";
const modeOf = (e: Env): TrtcMode => e.TRTC_MODE ?? (e.TRTC_SDK_APP_ID !== undefined ? "tencent" : "sandbox");

/**
 * The files this configuration reads that someone must have written first: the sandbox's generated
 * credentials (sandbox mode without TRTC_SDK_APP_ID) and the session secret (sandbox mode without
 * BETTER_AUTH_SECRET). Absolute paths; null when the configuration does not read that file.
 */
export function localFilesOf(
  env: Record<string, string | undefined>,
  cwd = process.cwd(),
): { mode: TrtcMode; sandboxCredentials: string | null; authSecret: string | null } {
  const e = parseEnv(env);
  const mode = modeOf(e);
  const sandbox = mode === "sandbox";
  return {
    mode,
    sandboxCredentials:
      sandbox && e.TRTC_SDK_APP_ID === undefined ? path.resolve(cwd, e.SANDBOX_CREDENTIALS_FILE) : null,
    authSecret: sandbox && !e.BETTER_AUTH_SECRET ? path.resolve(cwd, e.AUTH_SECRET_FILE) : null,
  };
}

const sandboxCredentialsFile = z.object({
  sdkAppId: z.number().int().positive(),
  secretKey: z.string().min(1),
  adminUserId: z.string().min(1),
});

export function parseConfig(env: Record<string, string | undefined>, cwd = process.cwd()): AppConfig {
  const e = parseEnv(env);
  const mode = modeOf(e);
  const files = localFilesOf(env, cwd);

  const generatedCredentials = files.sandboxCredentials !== null;
  const creds = files.sandboxCredentials
    ? readLocalFile(
        {
          file: files.sandboxCredentials,
          variable: "SANDBOX_CREDENTIALS_FILE",
          configured: e.SANDBOX_CREDENTIALS_FILE,
        },
        (text) => sandboxCredentialsFile.parse(JSON.parse(text)),
      )
    : { sdkAppId: e.TRTC_SDK_APP_ID!, secretKey: e.TRTC_SECRET_KEY!, adminUserId: e.TRTC_ADMIN_USER_ID };
  const baseUrl = (
    e.TRTC_API_BASE_URL ??
    (mode === "sandbox" ? `http://127.0.0.1:${e.SANDBOX_PORT}` : `https://${TRTC_REGIONS[e.TRTC_REGION]}`)
  ).replace(/\/+$/, "");

  if (!e.BETTER_AUTH_SECRET && mode === "tencent") {
    throw new ConfigError(
      "Invalid Roomdesk configuration:\n  BETTER_AUTH_SECRET: is required when calling Tencent (openssl rand -base64 32)",
    );
  }
  const authSecret =
    e.BETTER_AUTH_SECRET ??
    readLocalFile(
      { file: files.authSecret!, variable: "AUTH_SECRET_FILE", configured: e.AUTH_SECRET_FILE },
      (text) => {
        const secret = text.trim();
        if (secret.length < 32) throw new Error("expected 32+ characters");
        return secret;
      },
    );
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
    bulk: {
      concurrency: e.BULK_CONCURRENCY,
      reservedPercent: e.BULK_RESERVED_PERCENT,
      idleMs: e.BULK_IDLE_MS,
    },
    database: e.DATABASE_URL.startsWith("file:")
      ? { kind: "sqlite", file: path.resolve(cwd, e.DATABASE_URL.slice("file:".length)) }
      : { kind: "postgres", url: e.DATABASE_URL },
    callbacks: {
      publicUrl: (e.ROOMDESK_PUBLIC_URL ?? e.BETTER_AUTH_URL)?.replace(/\/+$/, "") ?? null,
      token: e.TRTC_CALLBACK_TOKEN ?? null,
      allowedNetworks: e.TRTC_CALLBACK_ALLOWED_IPS,
    },
    auth: {
      secret: authSecret,
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
