import "server-only";
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";

const globalForInstance = globalThis as unknown as { roomdeskInstanceId?: string };

/** Names this process among the instances sharing a database: who holds an intent's lease. */
export function instanceId(): string {
  globalForInstance.roomdeskInstanceId ??= `${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
  return globalForInstance.roomdeskInstanceId;
}
