// Starting and stopping the pieces a benchmark needs, and reading their memory.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { DEFAULT_DIST } from "./builds";

export async function waitFor(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not come up within ${timeoutMs} ms`);
}

/**
 * The production server (`npm start`: server.mjs in front of Next) on the build in `distDir` (default
 * .next), or with `server: "next"` a plain `next start`, for comparisons that need the framework alone.
 * The child is the server itself, so a kill hits it.
 */
export function startNext(
  port: number,
  env: Record<string, string>,
  opts: { distDir?: string; server?: "roomdesk" | "next" } = {},
): ChildProcess {
  const distDir = opts.distDir ?? DEFAULT_DIST;
  const entry =
    (opts.server ?? "roomdesk") === "roomdesk"
      ? ["server.mjs"]
      : ["node_modules/next/dist/bin/next", "start"];
  return spawn("node", [...entry, "-H", "127.0.0.1", "-p", String(port)], {
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      ...env,
      ...(distDir === DEFAULT_DIST ? {} : { ROOMDESK_DIST_DIR: distDir }),
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

/** kill -9: no shutdown hook runs, as when the machine loses power or the OOM killer strikes. */
export async function killHard(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGKILL");
  await exited;
}

export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
    setTimeout(() => child.kill("SIGKILL"), 5000);
  });
}

/** Resident memory high-water mark (VmHWM) of a process and its descendants, in MB. */
export function peakRssMb(pid: number): number {
  const pids = [pid, ...descendants(pid)];
  let kb = 0;
  for (const p of pids) {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${p}/status`, "utf8"));
      kb = Math.max(kb, Number(m?.[1] ?? 0));
    } catch {
      // exited
    }
  }
  return Math.round(kb / 1024);
}

/** Current resident memory (VmRSS) of a process and its descendants, in MB. */
export function rssMb(pid: number): number {
  let kb = 0;
  for (const p of [pid, ...descendants(pid)]) {
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${p}/status`, "utf8"));
      kb += Number(m?.[1] ?? 0);
    } catch {
      // exited
    }
  }
  return Math.round(kb / 1024);
}

function descendants(pid: number): number[] {
  try {
    const children = fs
      .readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8")
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
    return children.flatMap((c) => [c, ...descendants(c)]);
  } catch {
    return [];
  }
}

/** Ends the process with a note of where it was, should a benchmark stop making progress. */
export function watchdog(limitMs: number, where: () => string): NodeJS.Timeout {
  const timer = setTimeout(() => {
    console.error(`bench: no result after ${Math.round(limitMs / 1000)} s (at: ${where()}); giving up`);
    process.exit(2);
  }, limitMs);
  timer.unref();
  return timer;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** CPU time (user + system) a process and its descendants have used so far, in seconds. */
export function cpuSeconds(pid: number): number {
  let ticks = 0;
  for (const p of [pid, ...descendants(pid)]) {
    try {
      // Fields after the command's closing parenthesis; utime and stime are the 12th and 13th of them.
      const fields = fs.readFileSync(`/proc/${p}/stat`, "utf8").split(") ")[1]!.split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // exited
    }
  }
  // Linux reports them in USER_HZ, 100 a second on every platform Node runs on.
  return ticks / 100;
}
