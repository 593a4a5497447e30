import { setTimeout as timerSleep } from "node:timers/promises";
import { ROOM_LIMITS } from "../trtc/limits";
import type { CallbackConfigStore } from "./callback-config";
import { createCallbackSender } from "./callback-sender";
import type { ControlDeps } from "./control";
import { createFaultMix, parseFaultMix } from "./fault-mix";
import { createFaultQueue, parseFaultSpec } from "./faults";
import { paramError } from "./field-checks";
import type { AccountStore } from "./account-commands";
import { createPeopleStore } from "./people-store";
import { createRateLimiter } from "./rate-limit";
import { createRequestIds } from "./request-id";
import { normalizeRoom, withStatus, type RoomDefaults } from "./room-record";
import { createRoomStore } from "./room-store";
import { loadRoomsFile } from "./state-file";
import type { CallEnv } from "./trtc-handler";
import type { SandboxCall, SandboxOptions, StoredRoom } from "./types";

/** Keeps memory bounded in a long-running dev sandbox; far above what any test or benchmark reads back. */
const MAX_CALLS = 50_000;

function loadRooms(file: string, d: RoomDefaults): StoredRoom[] {
  return loadRoomsFile(file).map((raw, i) => {
    try {
      return normalizeRoom(raw, d);
    } catch (e) {
      throw new Error(`sandbox state file ${file}, room ${i}: ${e instanceof Error ? e.message : String(e)}`);
    }
  });
}

export function createSandboxState(opts: SandboxOptions) {
  if (opts.apps.length === 0) throw new Error("startSandbox needs at least one app");
  const now = opts.now ?? Date.now;
  const packageMaxMembers = opts.packageMaxMembers ?? ROOM_LIMITS.defaultMaxMembers;
  const packageMaxSeats = opts.packageMaxSeats ?? ROOM_LIMITS.defaultMaxSeats;
  const firstApp = opts.apps[0] as (typeof opts.apps)[number];
  const defaults = (): RoomDefaults => ({
    sdkAppId: firstApp.sdkAppId,
    owner: firstApp.adminIdentifiers[0] ?? "administrator",
    nowSeconds: Math.floor(now() / 1000),
    packageMaxMembers,
    packageMaxSeats,
  });

  const initial = opts.stateFile ? loadRooms(opts.stateFile, defaults()) : [];
  const store = createRoomStore(opts.stateFile, initial);
  const people = createPeopleStore();
  const accounts: AccountStore = new Map();
  const faults = createFaultQueue();
  const faultMix = createFaultMix(opts.random);
  const limiter = createRateLimiter(opts.rateLimitPerSecond ?? 200, now);
  const recentCreates = new Map<string, number>();
  const closing = new AbortController();
  const sleep = opts.sleep ?? ((ms: number, signal: AbortSignal) => timerSleep(ms, undefined, { signal }));
  const callbackConfigs: CallbackConfigStore = new Map();
  const callbacks = createCallbackSender({
    now,
    sleep,
    closing: closing.signal,
    configOf: (sdkAppId) => callbackConfigs.get(sdkAppId),
    token: opts.callbackToken,
  });
  let calls: SandboxCall[] = [];
  /** Every call since start or reset, including those trimmed from `calls`: readers can tell they miss some. */
  let received = 0;

  const env: CallEnv = {
    apps: opts.apps,
    now,
    limiter,
    store,
    people,
    accounts,
    recentCreates,
    packageMaxMembers,
    packageMaxSeats,
    callbackConfigs,
    callbacks,
  };

  const controlDeps: ControlDeps = {
    rooms: () =>
      store
        .list()
        .map((r) => withStatus(r, Math.floor(now() / 1000), people.memberCount(r.SdkAppId, r.RoomId))),
    calls: () => calls.map((c) => ({ ...c })),
    faults: () => faults.list(),
    injectFault(f) {
      const spec = parseFaultSpec(f);
      if (typeof spec === "string") throw new TypeError(`invalid fault: ${spec}`);
      faults.add(spec);
    },
    faultMix: () => faultMix.get(),
    setFaultMix(m) {
      const mix = parseFaultMix(m);
      if (typeof mix === "string") throw new TypeError(`invalid fault mix: ${mix}`);
      faultMix.set(mix);
    },
    reset() {
      store.clear();
      people.clear();
      accounts.clear();
      faults.clear();
      faultMix.clear();
      received = 0;
      limiter.reset();
      recentCreates.clear();
      callbackConfigs.clear();
      callbacks.reset();
      calls = [];
    },
    importRoom(input) {
      const room = normalizeRoom(input, defaults());
      if (!opts.apps.some((a) => a.sdkAppId === room.SdkAppId)) paramError("SdkAppId", "unknown SDKAppID");
      if (store.get(room.SdkAppId, room.RoomId)) return null;
      store.put(room);
      return withStatus(room, Math.floor(now() / 1000));
    },
    people: { store, people, now, defaultSdkAppId: firstApp.sdkAppId, emit: (e) => callbacks.emit(e) },
    callbacks,
    accounts: () => [...accounts.values()].flatMap((app) => [...app.values()]),
    health: () => ({
      ok: true,
      sdkAppIds: opts.apps.map((a) => a.sdkAppId),
      rooms: store.list().length,
      callsReceived: received,
    }),
  };

  return {
    env,
    faults,
    faultMix,
    controlDeps,
    nextRequestId: createRequestIds(),
    /** Aborted by close(): pending latency faults stop waiting instead of answering a closed server. */
    closingSignal: closing.signal,
    sleep,
    record(call: SandboxCall): void {
      received++;
      calls.push(call);
      if (calls.length > MAX_CALLS) calls.splice(0, calls.length - MAX_CALLS);
    },
    shutdown(): void {
      closing.abort();
      store.flush();
    },
  };
}

export type SandboxState = ReturnType<typeof createSandboxState>;
