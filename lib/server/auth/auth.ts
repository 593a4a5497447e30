import "server-only";
import { betterAuth } from "better-auth";
import { nextCookies } from "better-auth/next-js";
import { admin } from "better-auth/plugins";
import type { AppConfig } from "../config";
import type { Db } from "../db";
import { ac, roles } from "./access";
import { CLIENT_IP_HEADER } from "./client-ip";
import { hashPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, verifyPassword } from "./password";

/**
 * Better Auth on Roomdesk's own Kysely connection. Its HTTP handler is deliberately not mounted:
 * the app calls `auth.api.*` from guarded server actions only, so no sign-up, admin or session
 * endpoint is reachable from outside. Sessions live in the database and are read on every request
 * (no cookie cache), so revocation takes effect at the next request.
 */
export function createAuth(db: Db, config: AppConfig["auth"]) {
  return betterAuth({
    appName: "Roomdesk",
    ...(config.baseUrl ? { baseURL: config.baseUrl } : {}),
    secret: config.secret,
    database: { db: db.kysely, type: db.dialect },
    telemetry: { enabled: false },
    logger: { level: "error" },
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      autoSignIn: false,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: PASSWORD_MAX_LENGTH,
      revokeSessionsOnPasswordReset: true,
      password: { hash: hashPassword, verify: verifyPassword },
    },
    session: {
      // Absolute lifetime: the expiry is set once at sign-in and never slides. The idle limit is
      // checked by the guard against `updatedAt`, which it touches as the user works.
      expiresIn: config.maxHours * 3600,
      disableSessionRefresh: true,
      cookieCache: { enabled: false },
      freshAge: config.freshMinutes * 60,
    },
    // Only reachable through the HTTP handler (not mounted); kept on, in the database, so mounting it
    // later cannot silently open an unthrottled endpoint. Sign-ins use lib/server/auth/throttle.ts.
    rateLimit: { enabled: true, storage: "database", window: 60, max: 30 },
    advanced: {
      useSecureCookies: config.secureCookies,
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
      // The guard resolves the client address (trusted header or socket) and hands it over here.
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER], ipv6Subnet: 64 },
    },
    plugins: [admin({ ac, roles, defaultRole: "support", adminRoles: ["admin"] }), nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;
