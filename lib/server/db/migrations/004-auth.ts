import "server-only";
import { sql, type ColumnDefinitionBuilder, type Kysely, type Migration } from "kysely";
import type { Dialect } from "../dialect";

/**
 * Better Auth 1.7.25's tables (core + admin plugin + database rate limit), written out here rather
 * than applied by its CLI so the schema is versioned with the app. Column names and types match what
 * `getMigrations` generates for each engine; its startup schema check compares against them.
 * `login_throttle` is Roomdesk's own sign-in throttle, shared by every instance; `auth_setup` makes
 * first-run setup happen once.
 */
export function authMigration(dialect: Dialect): Migration {
  const pg = dialect === "postgres";
  const bool = pg ? "boolean" : "integer";
  const time = pg ? "timestamptz" : "date";
  const now = (c: ColumnDefinitionBuilder) =>
    pg ? c.defaultTo(sql`CURRENT_TIMESTAMP`).notNull() : c.notNull();
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("user")
        .addColumn("id", "text", (c) => c.notNull().primaryKey())
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("email", "text", (c) => c.notNull().unique())
        .addColumn("emailVerified", bool, (c) => c.notNull())
        .addColumn("image", "text")
        .addColumn("createdAt", time, now)
        .addColumn("updatedAt", time, now)
        .addColumn("role", "text")
        .addColumn("banned", bool)
        .addColumn("banReason", "text")
        .addColumn("banExpires", time)
        .execute();
      await db.schema
        .createTable("session")
        .addColumn("id", "text", (c) => c.notNull().primaryKey())
        .addColumn("expiresAt", time, (c) => c.notNull())
        .addColumn("token", "text", (c) => c.notNull().unique())
        .addColumn("createdAt", time, now)
        .addColumn("updatedAt", time, (c) => c.notNull())
        .addColumn("ipAddress", "text")
        .addColumn("userAgent", "text")
        .addColumn("userId", "text", (c) => c.notNull().references("user.id").onDelete("cascade"))
        .addColumn("impersonatedBy", "text")
        .execute();
      await db.schema
        .createTable("account")
        .addColumn("id", "text", (c) => c.notNull().primaryKey())
        .addColumn("accountId", "text", (c) => c.notNull())
        .addColumn("providerId", "text", (c) => c.notNull())
        .addColumn("userId", "text", (c) => c.notNull().references("user.id").onDelete("cascade"))
        .addColumn("accessToken", "text")
        .addColumn("refreshToken", "text")
        .addColumn("idToken", "text")
        .addColumn("accessTokenExpiresAt", time)
        .addColumn("refreshTokenExpiresAt", time)
        .addColumn("scope", "text")
        .addColumn("password", "text")
        .addColumn("createdAt", time, now)
        .addColumn("updatedAt", time, (c) => c.notNull())
        .execute();
      await db.schema
        .createTable("verification")
        .addColumn("id", "text", (c) => c.notNull().primaryKey())
        .addColumn("identifier", "text", (c) => c.notNull())
        .addColumn("value", "text", (c) => c.notNull())
        .addColumn("expiresAt", time, (c) => c.notNull())
        .addColumn("createdAt", time, now)
        .addColumn("updatedAt", time, now)
        .execute();
      await db.schema
        .createTable("rateLimit")
        .addColumn("id", "text", (c) => c.notNull().primaryKey())
        .addColumn("key", "text", (c) => c.notNull().unique())
        .addColumn("count", "integer", (c) => c.notNull())
        .addColumn("lastRequest", "bigint", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("session_userId_idx").on("session").column("userId").execute();
      await db.schema.createIndex("account_userId_idx").on("account").column("userId").execute();
      await db.schema
        .createIndex("verification_identifier_idx")
        .on("verification")
        .column("identifier")
        .execute();

      await db.schema
        .createTable("login_throttle")
        .addColumn("key", "text", (c) => c.primaryKey())
        .addColumn("failures", "integer", (c) => c.notNull())
        .addColumn("last_failure_at", "text", (c) => c.notNull())
        .addColumn("blocked_until", "text")
        .execute();
      // One row at most: whoever inserts it creates the first administrator; a second attempt fails on the key.
      await db.schema
        .createTable("auth_setup")
        .addColumn("id", "integer", (c) => c.primaryKey())
        .addColumn("claimed_at", "text", (c) => c.notNull())
        .execute();
    },
  };
}
