import "server-only";
import { getConfig } from "../config";
import { openDatabase, type Db } from "./connect";

const globalForDb = globalThis as unknown as { roomdeskDb?: Promise<Db> };

/** The process's database, opened (and migrated) on first use, never at import or build time. */
export function getDb(): Promise<Db> {
  globalForDb.roomdeskDb ??= openDatabase(getConfig().database).catch((error: unknown) => {
    globalForDb.roomdeskDb = undefined;
    throw error;
  });
  return globalForDb.roomdeskDb;
}

export type { Db } from "./connect";
