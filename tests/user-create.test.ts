import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

/**
 * `npm run user:create` makes an account and ends, also when the configuration names a Redis for the
 * shared rate limit: the connection the composition root opened must not keep the command alive.
 */
const ROOT = path.resolve(import.meta.dirname, "..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "roomdesk-user-create-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("npm run user:create", () => {
  it("creates the account and exits with Redis configured", { timeout: 150_000 }, () => {
    const dbFile = path.join(dir, "app.db");
    const r = spawnSync(
      TSX,
      [
        "--conditions=react-server",
        "scripts/user-create.ts",
        "--email",
        "ops@example.com",
        "--role",
        "admin",
      ],
      {
        cwd: ROOT,
        input: "a long enough password 1",
        encoding: "utf8",
        // Not a measure of speed: a command that never ends would otherwise hang the suite.
        timeout: 120_000,
        env: {
          ...process.env,
          TRTC_MODE: "sandbox",
          TRTC_SDK_APP_ID: "1400000001",
          TRTC_SECRET_KEY: "user-create-test-secret-0123456789",
          BETTER_AUTH_SECRET: "user-create-test-auth-secret-0123456789",
          DATABASE_URL: `file:${dbFile}`,
          REDIS_URL: "redis://127.0.0.1:6379/0",
        },
      },
    );
    expect(r.signal, "the command did not end by itself").toBeNull();
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain("roomdesk: created admin ops@example.com");
    const db = new Database(dbFile, { readonly: true });
    expect(db.prepare("select role from user where email = ?").get("ops@example.com")).toEqual({
      role: "admin",
    });
    db.close();
  });
});
