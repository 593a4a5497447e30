import "server-only";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

const isErrno = (e: unknown, code: string) =>
  e instanceof Error && (e as NodeJS.ErrnoException).code === code;

/**
 * The session-signing secret for sandbox mode only: read from `file`, or generated once (32 random
 * bytes, base64) and written with mode 0600, so restarts keep sessions valid. A Tencent deployment
 * must set BETTER_AUTH_SECRET instead (config refuses to start without it).
 */
export function ensureAuthSecret(file: string): string {
  try {
    const existing = readFileSync(file, "utf8").trim();
    if (existing.length >= 32) return existing;
    throw new Error(`${file} holds no usable secret (expected 32+ characters); delete it to generate one`);
  } catch (e) {
    if (!isErrno(e, "ENOENT")) throw e;
  }
  const secret = randomBytes(32).toString("base64");
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  try {
    writeFileSync(file, secret + "\n", { mode: 0o600, flag: "wx" });
  } catch (e) {
    // Two processes starting together: the one that lost the race reads the winner's file.
    if (isErrno(e, "EEXIST")) return readFileSync(file, "utf8").trim();
    throw e;
  }
  return secret;
}
