// A support account for benchmarks, made through the app's own user module (argon2id hash, audit row).
import { createAuth } from "@/lib/server/auth/auth";
import { countUsers, createUser } from "@/lib/server/auth/users";
import type { Db } from "@/lib/server/db/connect";

export async function createSupportUser(db: Db, secret: string, user: { email: string; password: string }) {
  const auth = createAuth(db, {
    secret,
    baseUrl: null,
    secureCookies: false,
    trustedIpHeader: null,
    idleMinutes: 30,
    freshMinutes: 15,
    maxHours: 12,
  });
  if ((await countUsers(db)) === 0) {
    // Ends first-run setup, as scripts/user-create.ts does, so the app does not wait for a first admin.
    await db.kysely
      .insertInto("auth_setup")
      .values({ id: 1, claimed_at: new Date().toISOString() })
      .execute();
  }
  const result = await createUser(
    auth,
    db,
    { id: "bench", role: "admin" },
    { ...user, name: "Bench support", role: "support" },
  );
  if (!result.ok && result.code !== "email-taken")
    throw new Error(`could not create the bench user: ${result.code}`);
}
