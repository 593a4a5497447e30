// The TRTC sandbox as its own process (lib/sandbox/main.ts), driven over its /__sandbox control endpoints:
// its clock and its records are then independent of the process generating the load.
import { spawn, type ChildProcess } from "node:child_process";
import type { FaultMix, FaultSpec, RoomRecord, SandboxCall } from "@/lib/sandbox/types";
import { stop, waitFor } from "./processes";

export interface SandboxProcessOptions {
  port: number;
  sdkAppId: number;
  secretKey: string;
  /** Rooms are kept in this file, so they outlive the sandbox process. */
  stateFile: string;
  /** Calls a second before the sandbox answers 60007 (SANDBOX_RATE_LIMIT_PER_SECOND; Tencent's 200). */
  rateLimitPerSecond?: number;
}

export interface SandboxProcess {
  url: string;
  child: ChildProcess;
  calls(): Promise<SandboxCall[]>;
  rooms(): Promise<RoomRecord[]>;
  /** The number of calls received since start: more than calls() returns when its log was trimmed. */
  callsReceived(): Promise<number>;
  setFaultMix(mix: FaultMix): Promise<void>;
  injectFault(fault: FaultSpec): Promise<void>;
  stop(): Promise<void>;
}

export async function startSandboxProcess(o: SandboxProcessOptions): Promise<SandboxProcess> {
  const child = spawn("node", ["--import", "tsx", "lib/sandbox/main.ts"], {
    env: {
      ...process.env,
      TRTC_SDK_APP_ID: String(o.sdkAppId),
      TRTC_SECRET_KEY: o.secretKey,
      TRTC_ADMIN_USER_ID: "administrator",
      SANDBOX_PORT: String(o.port),
      SANDBOX_STATE_FILE: o.stateFile,
      ...(o.rateLimitPerSecond ? { SANDBOX_RATE_LIMIT_PER_SECOND: String(o.rateLimitPerSecond) } : {}),
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${o.port}`;
  await waitFor(`${url}/__sandbox/health`);

  async function control<T>(method: "GET" | "POST", path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${url}/__sandbox/${path}`, {
      method,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!res.ok) throw new Error(`sandbox ${method} ${path}: HTTP ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  }

  return {
    url,
    child,
    calls: () => control<SandboxCall[]>("GET", "calls"),
    rooms: () => control<RoomRecord[]>("GET", "rooms"),
    callsReceived: async () => (await control<{ callsReceived: number }>("GET", "health")).callsReceived,
    setFaultMix: async (mix) => void (await control("POST", "fault-mix", mix)),
    injectFault: async (fault) => void (await control("POST", "faults", fault)),
    stop: () => stop(child),
  };
}
