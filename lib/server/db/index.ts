import "server-only";

/** The database handle type; the process's database is opened by the composition root (lib/server/app.ts). */
export type { Db } from "./connect";
