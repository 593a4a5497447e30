import { randomBytes, randomInt } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { SandboxApp } from "./types";

export type SandboxCredentials = SandboxApp & { adminUserId: string };

/** Not JSON (yet): possibly a file another process is still writing. */
class UnreadableCredentials extends Error {}

function parseCredentials(file: string, text: string): SandboxCredentials {
  let doc: Record<string, unknown> | null;
  try {
    doc = JSON.parse(text) as Record<string, unknown> | null;
  } catch {
    // Not the parser's message: it quotes the text, and the text holds the secret key.
    throw new UnreadableCredentials(`${file} is not valid JSON`);
  }
  const { sdkAppId, secretKey, adminUserId } = doc ?? {};
  if (
    typeof sdkAppId !== "number" ||
    !Number.isInteger(sdkAppId) ||
    typeof secretKey !== "string" ||
    secretKey === "" ||
    typeof adminUserId !== "string" ||
    adminUserId === ""
  ) {
    throw new Error(`${file} must hold {sdkAppId: integer, secretKey: string, adminUserId: string}`);
  }
  return { sdkAppId, secretKey, adminUserId, adminIdentifiers: [adminUserId] };
}

function readWhenComplete(file: string): SandboxCredentials {
  // A process that won the create race may still be writing; give it a moment before calling the file bad.
  for (let attempt = 0; ; attempt++) {
    try {
      return parseCredentials(file, readFileSync(file, "utf8"));
    } catch (e) {
      if (attempt >= 20 || !(e instanceof UnreadableCredentials)) throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 25);
    }
  }
}

const isErrno = (e: unknown, code: string) =>
  e instanceof Error && (e as NodeJS.ErrnoException).code === code;

/**
 * Credentials for "no TRTC credentials configured" mode, shared by the sandbox CLI and the app: read from
 * `file`, or generated once (10-digit SDKAppID starting with 14, 64-hex secret) and written with mode
 * 0600. Synchronous because the app's config is read synchronously at start.
 */
export function ensureSandboxCredentials(file: string): SandboxCredentials {
  try {
    return readWhenComplete(file);
  } catch (e) {
    if (!isErrno(e, "ENOENT")) throw e;
  }
  const fresh = {
    sdkAppId: 1_400_000_000 + randomInt(0, 100_000_000),
    secretKey: randomBytes(32).toString("hex"),
    adminUserId: "administrator",
  };
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  try {
    // "wx": if the app and the sandbox CLI start together, exactly one of them creates the file.
    writeFileSync(file, JSON.stringify(fresh, null, 2) + "\n", { mode: 0o600, flag: "wx" });
  } catch (e) {
    if (isErrno(e, "EEXIST")) return readWhenComplete(file);
    throw e;
  }
  return { ...fresh, adminIdentifiers: [fresh.adminUserId] };
}
