import { onTestFinished } from "vitest";
import { createAuth, type Auth } from "@/lib/server/auth/auth";
import { CLIENT_IP_HEADER } from "@/lib/server/auth/client-ip";
import { signIn } from "@/lib/server/auth/sign-in";
import { createUser } from "@/lib/server/auth/users";
import { openTestDb, type Engine, type TestDb } from "./db-engines";

/** Accounts, sessions and sign-ins on a throwaway database, for the auth tests. */

export const SESSION_LIMITS = { idleMinutes: 30, freshMinutes: 15, maxHours: 12 };
export const TEST_PASSWORD = "correct horse battery staple";
/** The administrator the tests act as (an actor id; no account row behind it). */
export const ACTING_ADMIN = { id: "test-admin", role: "admin" as const };

let seq = 0;
/** Unique within the run, so no test meets another's account or its throttle counters. */
export const uniqueEmail = (prefix: string) => `${prefix}-${process.pid}-${++seq}@example.com`;
/** Unique within the run, so no test inherits another's per-address throttle. */
export function uniqueIp(): string {
  const n = ++seq;
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
}

export function requestWith(ip: string, cookie?: string | null): Headers {
  const h = new Headers({ [CLIENT_IP_HEADER]: ip });
  if (cookie) h.set("cookie", cookie.split(";")[0]!);
  return h;
}

export interface Accounts {
  db: TestDb;
  auth: Auth;
  newUser(role: "admin" | "support", email?: string): Promise<{ id: string; email: string }>;
  login(email: string, password?: string, ip?: string): ReturnType<typeof signIn>;
  dispose(): Promise<void>;
}

export async function openAccounts(engine: Engine): Promise<Accounts> {
  const db = await openTestDb(engine);
  const auth = createAuth(db, {
    ...SESSION_LIMITS,
    secret: "t".repeat(40),
    baseUrl: null,
    secureCookies: false,
    trustedIpHeader: null,
  });
  return {
    db,
    auth,
    async newUser(role, email = uniqueEmail(role)) {
      const r = await createUser(auth, db, ACTING_ADMIN, {
        email,
        name: role,
        role,
        password: TEST_PASSWORD,
      });
      if (!r.ok) throw new Error(r.code);
      return { id: r.userId!, email };
    },
    login: (email, password = TEST_PASSWORD, ip = uniqueIp()) =>
      signIn(auth, db, { email, password }, requestWith(ip)),
    dispose: () => db.dispose(),
  };
}

/** A database of its own for the current test (no users yet), dropped when the test ends. */
export async function accountsForThisTest(engine: Engine): Promise<Accounts> {
  const accounts = await openAccounts(engine);
  onTestFinished(() => accounts.dispose());
  return accounts;
}
