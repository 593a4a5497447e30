import type { FaultSpec, RoomRecord, SandboxCall } from "../../lib/sandbox/types";
import { sandboxUrl } from "../env";

/** The sandbox's /__sandbox control endpoints (lib/sandbox/control.ts), for arranging and checking e2e state. */
async function control<T>(method: "GET" | "POST", path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${sandboxUrl}/__sandbox${path}`, {
    method,
    headers: body === undefined ? undefined : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} /__sandbox${path}: HTTP ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

export const sandbox = {
  /** Clears rooms, recorded calls and faults. */
  reset: () => control<{ ok: true }>("POST", "/reset"),
  /** Every request received (for `command` only, when given), refused ones included. */
  calls: (command?: string) =>
    control<SandboxCall[]>("GET", command ? `/calls?command=${encodeURIComponent(command)}` : "/calls"),
  rooms: () => control<RoomRecord[]>("GET", "/rooms"),
  /** Stores a room directly, as if another tool had created it. */
  createRoom: (room: Record<string, unknown>) => control<RoomRecord>("POST", "/rooms", room),
  injectFault: (fault: FaultSpec) => control<FaultSpec>("POST", "/faults", fault),
};
