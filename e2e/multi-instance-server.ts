// `npx tsx e2e/multi-instance-server.ts <a|b|otherKey>`: one server of the multi-instance world
// (playwright.config.ts). A runs the e2e build in .next; B and the control run builds of their own, made
// here when missing or older than A's, so a fresh checkout needs nothing but the usual `next build`.
import { spawn } from "node:child_process";
import pg from "pg";
import { createUser } from "../scripts/lib/app-session";
import { DEFAULT_DIST, ensureBuild, OTHER_KEY_DIST, readBuild, SAME_KEY_DIST } from "../scripts/lib/builds";
import { USERS } from "./auth-users";
import { e2eServerEnv, MULTI, multiDatabaseUrl, multiSchema, type MultiInstanceName } from "./env";

const name = process.argv[2] as MultiInstanceName;
if (name !== "a" && name !== "b" && name !== "otherKey") {
  console.error("usage: multi-instance-server.ts a|b|otherKey");
  process.exit(2);
}
const a = readBuild(DEFAULT_DIST);
if (!a) {
  console.error("no build in .next: run next build with the e2e environment first (scripts/validate.sh)");
  process.exit(1);
}
const env = { ...e2eServerEnv, DATABASE_URL: multiDatabaseUrl, REDIS_URL: MULTI.redisUrl };

async function freshSchema(): Promise<void> {
  const c = new pg.Client({ connectionString: MULTI.postgresUrl });
  await c.connect();
  await c.query(`DROP SCHEMA IF EXISTS ${multiSchema} CASCADE`);
  await c.query(`CREATE SCHEMA ${multiSchema}`);
  await c.end();
}

let distDir: string;
let actionsKey: string;
if (name === "a") {
  // A starts first (playwright starts web servers in order): it makes the world afresh.
  await freshSchema();
  createUser(env, USERS.admin.email, "admin", USERS.admin.password);
  distDir = DEFAULT_DIST;
  actionsKey = a.actionsKey;
} else if (name === "b") {
  distDir = SAME_KEY_DIST;
  actionsKey = a.actionsKey;
  ensureBuild(distDir, { actionsKey, notOlderThan: a, env: e2eServerEnv });
} else {
  if (MULTI.otherActionsKey === a.actionsKey) throw new Error("the control build needs a key other than A's");
  distDir = OTHER_KEY_DIST;
  actionsKey = MULTI.otherActionsKey;
  ensureBuild(distDir, { actionsKey, notOlderThan: a, env: e2eServerEnv });
}

const child = spawn(
  "node",
  ["node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", String(MULTI[name].port)],
  {
    // Next reads the key at run time too (values bound to actions); each server keeps its build's key.
    env: {
      ...process.env,
      ...env,
      ROOMDESK_DIST_DIR: distDir,
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: actionsKey,
    },
    stdio: "inherit",
  },
);
for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 1));
