/**
 * The e2e world: a sandbox on its own port and the production build pointed at it through
 * TRTC_API_BASE_URL. The credentials are canaries: tests grep every sink for them.
 */
export const E2E = {
  appPort: Number(process.env.E2E_PORT ?? 3100),
  sandboxPort: Number(process.env.E2E_SANDBOX_PORT ?? 4610),
  trustedProxyAppPort: Number(process.env.E2E_PROXIED_PORT ?? 3101),
  sdkAppId: 1400123456,
  secretKey: "e2ecanarysecret5f0c1d2b3a4e5f60718293a4b5c6d7e8f9012345abcdef9876",
  adminUserId: "administrator",
  databaseFile: process.env.E2E_DATABASE_FILE ?? "./data/e2e.db",
} as const;

export const sandboxUrl = `http://127.0.0.1:${E2E.sandboxPort}`;
export const appUrl = `http://127.0.0.1:${E2E.appPort}`;
/** The same build and database, configured with TRUSTED_IP_HEADER=x-real-ip. */
export const trustedProxyAppUrl = `http://127.0.0.1:${E2E.trustedProxyAppPort}`;

export const e2eServerEnv = {
  TRTC_SDK_APP_ID: String(E2E.sdkAppId),
  TRTC_SECRET_KEY: E2E.secretKey,
  TRTC_ADMIN_USER_ID: E2E.adminUserId,
  TRTC_API_BASE_URL: sandboxUrl,
  DATABASE_URL: `file:${E2E.databaseFile}`,
  // Schedulings Tencent did not confirm are settled within a second or two, so specs can watch it happen.
  RECONCILER_INTERVAL_MS: "1000",
  NEXT_TELEMETRY_DISABLED: "1",
};
