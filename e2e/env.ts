/**
 * The e2e world: a sandbox on its own port and the production build pointed at it through
 * TRTC_API_BASE_URL. The credentials are canaries: tests grep every sink for them.
 */
export const E2E = {
  appPort: Number(process.env.E2E_PORT ?? 3100),
  sandboxPort: Number(process.env.E2E_SANDBOX_PORT ?? 4610),
  trustedProxyAppPort: Number(process.env.E2E_PROXIED_PORT ?? 3101),
  /** A server the crash spec starts and kills itself (bulk-crash.spec.ts), on a database of its own. */
  crashAppPort: Number(process.env.E2E_CRASH_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 6),
  sdkAppId: 1400123456,
  secretKey: "e2ecanarysecret5f0c1d2b3a4e5f60718293a4b5c6d7e8f9012345abcdef9876",
  adminUserId: "administrator",
  databaseFile: process.env.E2E_DATABASE_FILE ?? "./data/e2e.db",
  /** NEXT_SERVER_ACTIONS_ENCRYPTION_KEY of the e2e build (README, "Several instances"); also a canary. */
  actionsKey: "wWXcIHXnpnoHxkjwR1UM4d3+LySncucZhtolBPjE59o=",
  /** Signs the e2e sessions; a canary too. */
  authSecret: "e2ecanaryauth7c41d9a2b8e3f6051c2d4a7b9e0f1a3c5d7e9b2a4c6",
} as const;

export const sandboxUrl = `http://127.0.0.1:${E2E.sandboxPort}`;
export const appUrl = `http://127.0.0.1:${E2E.appPort}`;
/** The same build and database, configured with TRUSTED_IP_HEADER=x-real-ip. */
export const trustedProxyAppUrl = `http://127.0.0.1:${E2E.trustedProxyAppPort}`;

export const e2eServerEnv = {
  TRTC_MODE: "sandbox",
  BETTER_AUTH_SECRET: E2E.authSecret,
  TRTC_SDK_APP_ID: String(E2E.sdkAppId),
  TRTC_SECRET_KEY: E2E.secretKey,
  TRTC_ADMIN_USER_ID: E2E.adminUserId,
  TRTC_API_BASE_URL: sandboxUrl,
  DATABASE_URL: `file:${E2E.databaseFile}`,
  // Schedulings Tencent did not confirm are settled within a second or two, so specs can watch it happen.
  RECONCILER_INTERVAL_MS: "1000",
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: E2E.actionsKey,
  NEXT_TELEMETRY_DISABLED: "1",
};

/**
 * Several instances for real: three servers on one Postgres schema and one Redis, running the e2e build
 * (A), a second build made apart with the same key (B), and one made with another key (the control).
 */
export const MULTI = {
  a: { port: Number(process.env.E2E_MULTI_A_PORT ?? 3102) },
  b: { port: Number(process.env.E2E_MULTI_B_PORT ?? 3103) },
  otherKey: { port: Number(process.env.E2E_MULTI_OTHER_KEY_PORT ?? 3104) },
  otherActionsKey: "rzHsaE76rDU8tyrA+uVR941C1R6LUbm71nTmfPG7VYA=",
  postgresUrl: process.env.E2E_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test",
  redisUrl: process.env.E2E_REDIS_URL ?? "redis://127.0.0.1:6379/0",
} as const;

export type MultiInstanceName = "a" | "b" | "otherKey";
export const multiUrl = (name: MultiInstanceName) => `http://127.0.0.1:${MULTI[name].port}`;
/** One schema per e2e port, so two checkouts testing at once on this machine do not share it. */
export const multiSchema = `e2e_multi_${E2E.appPort}`;
export const multiDatabaseUrl = `${MULTI.postgresUrl}?options=${encodeURIComponent(`-c search_path=${multiSchema}`)}`;
