import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseConfig } from "@/lib/server/config";

/**
 * scripts/prepare-local.ts writes what a sandbox deployment's configuration reads (the configuration
 * itself never writes): run as npm run dev, npm start and the quick start run it, in a folder of its own.
 */
const ROOT = path.resolve(import.meta.dirname, "..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");
const SCRIPT = path.join(ROOT, "scripts/prepare-local.ts");

let cwd: string;
beforeEach(() => {
  cwd = fs.mkdtempSync(path.join(os.tmpdir(), "roomdesk-prepare-"));
});
afterEach(() => fs.rmSync(cwd, { recursive: true, force: true }));

function prepare(env: Record<string, string> = {}) {
  const r = spawnSync(
    TSX,
    ["--tsconfig", path.join(ROOT, "tsconfig.json"), "--conditions=react-server", SCRIPT],
    {
      cwd,
      env: {
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? "",
        ...env,
      } as unknown as NodeJS.ProcessEnv,
      encoding: "utf8",
      timeout: 120_000,
    },
  );
  return { status: r.status, out: r.stdout, err: r.stderr };
}

const modeOf = (file: string) => fs.statSync(file).mode & 0o777;

describe("scripts/prepare-local.ts", () => {
  it("writes the sandbox's credentials and the session secret once, private, and the configuration reads them", () => {
    const first = prepare();
    expect(first).toMatchObject({ status: 0 });
    expect(first.out).toContain("roomdesk: TRTC mode: sandbox");
    const creds = path.join(cwd, "data/sandbox/credentials.json");
    const secret = path.join(cwd, "data/auth/secret");
    expect([modeOf(creds), modeOf(secret)]).toEqual([0o600, 0o600]);
    const written = [fs.readFileSync(creds, "utf8"), fs.readFileSync(secret, "utf8")];
    // Nothing secret on the console.
    expect(first.out + first.err).not.toContain(written[1]!.trim());

    expect(prepare().status).toBe(0);
    expect([fs.readFileSync(creds, "utf8"), fs.readFileSync(secret, "utf8")]).toEqual(written);
    expect(parseConfig({}, cwd).trtc).toMatchObject({ mode: "sandbox", generatedCredentials: true });
  });

  it("writes nothing when Tencent is configured, and reads the .env file Next reads", () => {
    fs.writeFileSync(
      path.join(cwd, ".env"),
      `TRTC_SDK_APP_ID=1400000009\nTRTC_SECRET_KEY=${"k".repeat(64)}\nBETTER_AUTH_SECRET=${"a".repeat(40)}\n`,
    );
    const r = prepare();
    expect(r).toMatchObject({ status: 0 });
    expect(r.out).toContain("roomdesk: TRTC mode: tencent");
    expect(fs.existsSync(path.join(cwd, "data"))).toBe(false);
  });

  it("stops with the configuration's own message when a variable is wrong", () => {
    const r = prepare({ TRTC_MODE: "production" });
    expect(r.status).toBe(1);
    expect(r.err).toContain("TRTC_MODE");
    expect(fs.existsSync(path.join(cwd, "data"))).toBe(false);
  });
});
