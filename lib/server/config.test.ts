import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ensureSandboxCredentials } from "@/lib/sandbox/credentials";
import { ensureAuthSecret } from "./auth/secret-file";
import { ConfigError, localFilesOf, parseConfig } from "./config";

const SECRET = "s".repeat(64);
const AUTH = "a".repeat(40);
const tencent = { TRTC_SDK_APP_ID: "1400000009", TRTC_SECRET_KEY: SECRET, BETTER_AUTH_SECRET: AUTH };

let cwd: string;
beforeEach(() => {
  cwd = fs.mkdtempSync(path.join(os.tmpdir(), "roomdesk-config-"));
});
afterEach(() => fs.rmSync(cwd, { recursive: true, force: true }));

const filesIn = (dir: string): string[] => fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).sort();

function refusal(env: Record<string, string>): string {
  try {
    parseConfig(env, cwd);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  throw new Error("the configuration was accepted");
}

describe("parseConfig", () => {
  it("writes nothing: sandbox mode without its files names the missing file and how it is made", () => {
    const message = refusal({});
    expect(message).toContain("SANDBOX_CREDENTIALS_FILE: data/sandbox/credentials.json does not exist yet");
    expect(message).toContain("npm run quickstart");
    expect(filesIn(cwd)).toEqual([]);
  });

  it("reads the sandbox's credentials and the session secret that the start scripts wrote", () => {
    const files = localFilesOf({}, cwd);
    expect(files).toEqual({
      mode: "sandbox",
      sandboxCredentials: path.join(cwd, "data/sandbox/credentials.json"),
      authSecret: path.join(cwd, "data/auth/secret"),
    });
    const creds = ensureSandboxCredentials(files.sandboxCredentials!);
    const secret = ensureAuthSecret(files.authSecret!);
    const written = filesIn(cwd);

    const config = parseConfig({}, cwd);
    expect(config.trtc).toMatchObject({
      mode: "sandbox",
      baseUrl: "http://127.0.0.1:4600",
      sdkAppId: creds.sdkAppId,
      secretKey: creds.secretKey,
      generatedCredentials: true,
    });
    expect(config.auth.secret).toBe(secret);
    expect(filesIn(cwd)).toEqual(written);
  });

  it("calls Tencent by default when credentials are set, at the region's domain", () => {
    const config = parseConfig({ ...tencent, TRTC_REGION: "frankfurt" }, cwd);
    expect(config.trtc).toMatchObject({
      mode: "tencent",
      baseUrl: "https://adminapiger.im.qcloud.com",
      generatedCredentials: false,
    });
    expect(localFilesOf(tencent, cwd)).toEqual({
      mode: "tencent",
      sandboxCredentials: null,
      authSecret: null,
    });
  });

  it("reads the spreadsheet jobs' settings, and refuses a reserve past half the limit", () => {
    expect(parseConfig(tencent, cwd).bulk).toEqual({ concurrency: 8, reservedPercent: 3, idleMs: 1000 });
    const set = { ...tencent, BULK_CONCURRENCY: "2", BULK_RESERVED_PERCENT: "20", BULK_IDLE_MS: "50" };
    expect(parseConfig(set, cwd).bulk).toEqual({ concurrency: 2, reservedPercent: 20, idleMs: 50 });
    expect(refusal({ ...tencent, BULK_RESERVED_PERCENT: "60" })).toContain(
      "BULK_RESERVED_PERCENT: must be at most 50",
    );
    expect(refusal({ ...tencent, BULK_CONCURRENCY: "65" })).toContain("BULK_CONCURRENCY: must be at most 64");
  });

  it("takes the mode from TRTC_MODE, never from the URL", () => {
    const proxied = parseConfig(
      { ...tencent, TRTC_MODE: "tencent", TRTC_API_BASE_URL: "http://10.0.0.5:8080/" },
      cwd,
    );
    expect(proxied.trtc).toMatchObject({ mode: "tencent", baseUrl: "http://10.0.0.5:8080" });

    const sandbox = { ...tencent, TRTC_MODE: "sandbox", TRTC_API_BASE_URL: "http://127.0.0.1:9" };
    expect(parseConfig(sandbox, cwd).trtc).toMatchObject({
      mode: "sandbox",
      sdkAppId: 1400000009,
      generatedCredentials: false,
    });
  });

  it("refuses a mode its other settings contradict, naming the variable", () => {
    expect(refusal({ TRTC_MODE: "tencent" })).toContain(
      "TRTC_SDK_APP_ID: is required with TRTC_MODE=tencent",
    );
    expect(
      refusal({ ...tencent, TRTC_MODE: "sandbox", TRTC_API_BASE_URL: "https://adminapisgp.im.qcloud.com" }),
    ).toContain("TRTC_API_BASE_URL: is one of Tencent's domains, but TRTC_MODE is sandbox");
    expect(refusal({ TRTC_SDK_APP_ID: "1400000009", TRTC_SECRET_KEY: SECRET })).toContain(
      "BETTER_AUTH_SECRET: is required when calling Tencent",
    );
  });

  it("names an unusable session secret file without quoting what it holds", () => {
    ensureSandboxCredentials(path.join(cwd, "data/sandbox/credentials.json"));
    fs.mkdirSync(path.join(cwd, "data/auth"), { recursive: true });
    fs.writeFileSync(path.join(cwd, "data/auth/secret"), "short-secret-text\n");
    const message = refusal({});
    expect(message).toContain("AUTH_SECRET_FILE: data/auth/secret holds no usable value");
    expect(message).not.toContain("short-secret-text");
  });
});
