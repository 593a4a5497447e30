// The world both soaks run in: the sandbox in its own process (rooms kept in a file), a real `next start`
// of the production build on a fresh SQLite database, and an admin signed in through the sign-in action.
// Afterwards it reads back what the sandbox and the database hold (scripts/lib/soak-counts.ts).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import type { ChildProcess } from "node:child_process";
import { sql } from "kysely";
import { openDatabase, type Db } from "@/lib/server/db/connect";
import type { SandboxCall } from "@/lib/sandbox/types";
import { findAction, type BuiltAction } from "./actions";
import { createUser, signIn } from "./app-session";
import { ensureBuild } from "./builds";
import { killHard, startNext, stop, waitFor } from "./processes";
import { startSandboxProcess, type SandboxProcess } from "./sandbox-process";
import type { SoakFacts } from "./soak-counts";

export interface SoakWorldOptions {
  appPort: number;
  sandboxPort: number;
  /** Settings for the app on top of the sandbox credentials and the database. */
  appEnv: Record<string, string>;
}

export interface SoakWorld {
  /** Short and lower-case: goes into every RoomId and meeting tag of this run. */
  run: string;
  baseUrl: string;
  cookie: string;
  action: BuiltAction;
  sandbox: SandboxProcess;
  /** kill -9 of the app, then a fresh `next start` on the same database, ready when this returns. */
  crashAndRestart(): Promise<void>;
  pendingIntents(): Promise<number>;
  readFacts(): Promise<SoakFacts & { calls: SandboxCall[] }>;
  close(): Promise<void>;
}

export async function startSoakWorld(o: SoakWorldOptions): Promise<SoakWorld> {
  ensureBuild();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "roomdesk-soak-"));
  const dbFile = path.join(dir, "roomdesk.db");
  const sdkAppId = 1400999001;
  const secretKey = randomBytes(32).toString("hex");
  const sandbox = await startSandboxProcess({
    port: o.sandboxPort,
    sdkAppId,
    secretKey,
    stateFile: path.join(dir, "sandbox-rooms.json"),
  });
  const env = {
    TRTC_MODE: "sandbox",
    TRTC_SDK_APP_ID: String(sdkAppId),
    TRTC_SECRET_KEY: secretKey,
    TRTC_API_BASE_URL: sandbox.url,
    DATABASE_URL: `file:${dbFile}`,
    BETTER_AUTH_SECRET: randomBytes(24).toString("hex"),
    ...o.appEnv,
  };
  const email = "soak@roomdesk.local";
  const password = randomBytes(12).toString("hex");
  createUser(env, email, "admin", password);
  const baseUrl = `http://127.0.0.1:${o.appPort}`;
  let app: ChildProcess = startNext(o.appPort, env);
  await waitFor(`${baseUrl}/api/health`);
  const cookie = await signIn(baseUrl, email, password);

  const withDb = async <T>(fn: (db: Db) => Promise<T>): Promise<T> => {
    const db = await openDatabase({ kind: "sqlite", file: dbFile });
    try {
      return await fn(db);
    } finally {
      await db.close();
    }
  };

  return {
    run: randomBytes(3).toString("hex"),
    baseUrl,
    cookie,
    action: findAction("scheduleMeetingAction"),
    sandbox,
    async crashAndRestart() {
      await killHard(app);
      app = startNext(o.appPort, env);
      await waitFor(`${baseUrl}/api/health`);
    },
    pendingIntents: () =>
      withDb(async (db) => {
        const r = await db.kysely
          .selectFrom("schedule_intents")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .where("status", "=", "pending")
          .executeTakeFirstOrThrow();
        return Number(r.n);
      }),
    async readFacts() {
      const [calls, rooms, received] = await Promise.all([
        sandbox.calls(),
        sandbox.rooms(),
        sandbox.callsReceived(),
      ]);
      if (received !== calls.length)
        throw new Error(`the sandbox kept ${calls.length} of ${received} calls; counts would be wrong`);
      return withDb(async (db) => ({
        calls,
        rooms,
        ...(await readDatabase(db)),
      }));
    },
    async close() {
      await stop(app);
      await sandbox.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function readDatabase(db: Db) {
  const intents = await db.kysely
    .selectFrom("schedule_intents")
    .select(["intent_id", "room_id", "status"])
    .execute();
  const meetingRoomIds = new Set(
    (await db.kysely.selectFrom("meetings").select("room_id").execute()).map((r) => r.room_id),
  );
  const attempts = await db.kysely
    .selectFrom("audit_log")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("command", "is not", null)
    .where("outcome", "!=", "refused")
    .executeTakeFirstOrThrow();
  const auditLog = (await db.kysely.introspection.getTables()).find((t) => t.name === "audit_log");
  // Each upstream attempt's audit row carries the request's `random` once the log records it.
  const auditedRandoms = auditLog?.columns.some((c) => c.name === "call_random")
    ? new Set(
        (
          await db.kysely
            .selectFrom("audit_log")
            .select(sql<string | number | null>`call_random`.as("r"))
            .execute()
        )
          .filter((row) => row.r !== null)
          .map((row) => String(row.r)),
      )
    : null;
  return { intents, meetingRoomIds, auditedRandoms, auditedAttempts: Number(attempts.n) };
}
