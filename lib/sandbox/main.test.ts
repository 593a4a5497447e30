import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

/** The CLI as the quickstart and e2e runs start it: one line out, no secret, clean exit on SIGTERM. */
describe("sandbox CLI", () => {
  it("prints where it listens, never the secret key, and stops on SIGTERM", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "sandbox-cli-"));
    const secret = "cli-canary-secret-0123456789abcdef";
    const child = spawn(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "main.ts")], {
      env: {
        ...process.env,
        SANDBOX_PORT: "0",
        SANDBOX_HOST: "127.0.0.1",
        SANDBOX_STATE_FILE: path.join(dir, "rooms.json"),
        TRTC_SDK_APP_ID: "1400000077",
        TRTC_SECRET_KEY: secret,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (out += d.toString()));
    const firstLineOrExit = new Promise<void>((resolve) => {
      const check = () => out.includes("\n") && resolve();
      child.stdout.on("data", check);
      child.stderr.on("data", check);
      child.on("exit", () => resolve());
    });
    try {
      await firstLineOrExit;
      const url = /^sandbox listening on (http:\/\/127\.0\.0\.1:\d+)\n$/.exec(out)?.[1];
      expect(url, out).toBeDefined();
      const health = (await (await fetch(`${url}/__sandbox/health`)).json()) as { sdkAppIds: number[] };
      expect(health.sdkAppIds).toEqual([1400000077]);

      const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
      expect(out).not.toContain(secret);
      expect(out.trim().split("\n")).toHaveLength(1);
    } finally {
      child.kill("SIGKILL");
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
