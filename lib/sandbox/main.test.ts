import { spawn, type ChildProcessByStdio } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createTrtcClient } from "@/lib/server/trtc/client";

const SDK_APP_ID = 1400000077;

interface Cli {
  child: ChildProcessByStdio<null, Readable, Readable>;
  url: string | undefined;
  output: () => string;
  done: () => void;
}

/** The CLI as the quickstart, e2e runs and benchmarks start it, once it has printed its line (or exited). */
async function startCli(secret: string, extraEnv: Record<string, string> = {}): Promise<Cli> {
  const dir = mkdtempSync(path.join(tmpdir(), "sandbox-cli-"));
  const child = spawn(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "main.ts")], {
    env: {
      ...process.env,
      SANDBOX_PORT: "0",
      SANDBOX_HOST: "127.0.0.1",
      SANDBOX_STATE_FILE: path.join(dir, "rooms.json"),
      TRTC_SDK_APP_ID: String(SDK_APP_ID),
      TRTC_SECRET_KEY: secret,
      ...extraEnv,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr.on("data", (d: Buffer) => (out += d.toString()));
  await new Promise<void>((resolve) => {
    const check = () => out.includes("\n") && resolve();
    child.stdout.on("data", check);
    child.stderr.on("data", check);
    child.on("exit", () => resolve());
  });
  return {
    child,
    url: /^sandbox listening on (http:\/\/127\.0\.0\.1:\d+)\n$/.exec(out)?.[1],
    output: () => out,
    done: () => {
      child.kill("SIGKILL");
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

describe("sandbox CLI", () => {
  it("prints where it listens, never the secret key, and stops on SIGTERM", async () => {
    const secret = "cli-canary-secret-0123456789abcdef";
    const cli = await startCli(secret);
    try {
      expect(cli.url, cli.output()).toBeDefined();
      const health = (await (await fetch(`${cli.url}/__sandbox/health`)).json()) as { sdkAppIds: number[] };
      expect(health.sdkAppIds).toEqual([SDK_APP_ID]);

      const exited = new Promise<number | null>((resolve) => cli.child.on("exit", (code) => resolve(code)));
      cli.child.kill("SIGTERM");
      expect(await exited).toBe(0);
      expect(cli.output()).not.toContain(secret);
      expect(cli.output().trim().split("\n")).toHaveLength(1);
    } finally {
      cli.done();
    }
  });

  it("answers 60007 past SANDBOX_RATE_LIMIT_PER_SECOND calls in a second", async () => {
    const secret = "cli-rate-secret-0123456789abcdef";
    const cli = await startCli(secret, { SANDBOX_RATE_LIMIT_PER_SECOND: "1" });
    try {
      expect(cli.url, cli.output()).toBeDefined();
      const client = createTrtcClient({
        baseUrl: cli.url!,
        sdkAppId: SDK_APP_ID,
        secretKey: secret,
        adminUserId: "administrator",
      });
      // Sent together: at the default 200/s all three would be answered; at 1/s only one a second is.
      const answers = await Promise.all(
        ["a", "b", "c"].map((id) => client.run("get_room_info", { RoomId: `cli-rate-${id}` })),
      );
      const codes = answers.map((a) => (a.ok ? 0 : a.error.code));
      expect(codes.filter((c) => c === 60007).length, JSON.stringify(codes)).toBeGreaterThanOrEqual(1);
    } finally {
      cli.done();
    }
  });

  it("refuses a SANDBOX_RATE_LIMIT_PER_SECOND that is not a positive integer", async () => {
    const cli = await startCli("cli-bad-rate-secret-0123456789abcdef", {
      SANDBOX_RATE_LIMIT_PER_SECOND: "0",
    });
    try {
      expect(cli.url).toBeUndefined();
      expect(cli.output()).toContain("SANDBOX_RATE_LIMIT_PER_SECOND must be an integer >= 1");
    } finally {
      cli.done();
    }
  });
});
