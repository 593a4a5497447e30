import type { RoomInfoWire } from "../trtc/wire";
import type { CallbackDelivery } from "./callback-sender";

/** One TRTC application the sandbox accepts calls for. */
export interface SandboxApp {
  sdkAppId: number;
  secretKey: string;
  adminIdentifiers: string[];
}

export interface SandboxOptions {
  apps: SandboxApp[];
  /** 0 / undefined = a free port. */
  port?: number;
  /** Default "127.0.0.1": the control endpoints have no auth, so stay on loopback unless told otherwise. */
  host?: string;
  /** When set, rooms are loaded from and saved to this JSON file (atomic tmp + rename). */
  stateFile?: string;
  /** Clock in ms, default Date.now; tests drive UserSig expiry, RoomStatus and the 1 s windows with it. */
  now?: () => number;
  /** How a latency fault waits, default a real timer; tests advance their own clock instead. Rejects on abort. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  packageMaxMembers?: number;
  packageMaxSeats?: number;
  rateLimitPerSecond?: number;
  /** Draws for the fault mix, default Math.random. */
  random?: () => number;
  /** When set, every callback carries `Sign` and `RequestTime` (docs/trtc-api.md §6.5). */
  callbackToken?: string;
}

/** One request as received, including refused ones. Never holds the UserSig. */
export interface SandboxCall {
  at: number;
  command: string;
  sdkAppId: string | null;
  identifier: string | null;
  random: string | null;
  body: unknown;
  errorCode: number | null;
  requestId: string | null;
  fault: string | null;
}

/** A stored room: every get_room_info field, plus its invitees and the app it belongs to. */
export interface RoomRecord extends RoomInfoWire {
  SdkAppId: number;
  ScheduleInviteeList_Account: string[];
}

/** What is kept (and persisted): RoomStatus and MemberCount are derived when read. */
export type StoredRoom = Omit<RoomRecord, "RoomStatus" | "MemberCount">;

export const FAULT_KINDS = ["http502", "hang", "error100001", "latency", "createThenDrop"] as const;

export type FaultSpec = { command?: string; times?: number } & (
  | { kind: "http502" }
  | { kind: "hang" }
  | { kind: "error100001" }
  | { kind: "latency"; ms: number }
  | { kind: "createThenDrop" }
);

/** Faults drawn at random per matching call (lib/sandbox/fault-mix.ts); `rate` is a probability. */
export interface FaultMix {
  command?: string;
  entries: FaultMixEntry[];
}

/** One fault of a mix: a FaultSpec's kind (and `ms`), without `command` or `times`. */
export type FaultMixEntry = (FaultSpec extends infer F
  ? F extends unknown
    ? Omit<F, "command" | "times">
    : never
  : never) & { rate: number };

export interface RunningSandbox {
  /** e.g. "http://127.0.0.1:43123", no trailing slash. */
  url: string;
  port: number;
  close(): Promise<void>;
  rooms(): RoomRecord[];
  calls(): SandboxCall[];
  injectFault(f: FaultSpec): void;
  setFaultMix(mix: FaultMix): void;
  /** Every callback delivery attempt since start or reset, oldest first. */
  callbacks(): CallbackDelivery[];
  /** Resolves once every callback queued so far has been delivered or has failed. */
  callbacksSettled(): Promise<void>;
  /**
   * Clears rooms, calls, faults, the fault mix (and the rate-limit and 100012 windows), the callback
   * configurations, deliveries and faults; the callback token goes back to `callbackToken`.
   */
  reset(): void;
}
