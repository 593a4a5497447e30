import { callbackSign } from "../trtc/callback-sign";
import { canonicalCallbackCommand, type CallbackCommand, type OPT_PLATFORMS } from "../trtc/callbacks";
import type { CallbackConfig } from "./callback-config";
import { noCallbackFaults, type CallbackFaults } from "./callback-faults";
import type { Json } from "./field-checks";

/**
 * Posts Tencent's callbacks (docs/trtc-api.md §6.2) to the URL an app configured with set_callback, for
 * the commands it listed. Delivery never touches the REST answer that caused it: events are queued per app
 * and sent in order of emission, one at a time; a failed delivery is recorded, never thrown.
 */

export type OptPlatform = (typeof OPT_PLATFORMS)[number];

/** One thing that happened, as the handler that made it happen knows it. */
export interface CallbackEvent {
  sdkAppId: number;
  command: CallbackCommand;
  /** The command's own fields (§6.3); CallbackCommand, EventTime and Operator_Account are added here. */
  fields: Json;
  operator: string;
  platform: OptPlatform;
  clientIp: string;
  /** Milliseconds (§6.2), from the sandbox's clock unless a test overrides it. */
  eventTimeMs: number;
}

/** One attempt as GET /__sandbox/callbacks shows it. */
export interface CallbackDelivery {
  command: string;
  body: Json;
  /** Every URL parameter, the configured URL's own and Sign included. */
  query: Record<string, string>;
  /** The receiver's HTTP status, null when no answer came. */
  status: number | null;
  error: string | null;
  deliveredAt: string;
}

interface Pending {
  sdkAppId: number;
  command: CallbackCommand;
  url: string;
  body: Json;
  delayMs: number;
  generation: number;
}

export interface CallbackSenderDeps {
  now: () => number;
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  /** Aborted by close(): waits and requests in flight stop. */
  closing: AbortSignal;
  configOf: (sdkAppId: number) => CallbackConfig | undefined;
  /** Signs every callback when set (§6.5 [U for room_config]). */
  token?: string;
}

/** §6.4 gives no timeout [U]; 5 s keeps a dead receiver from stalling its app's queue for long. */
const DELIVERY_TIMEOUT_MS = 5_000;
/** Enough for any test to read back; older deliveries are dropped first. */
const MAX_DELIVERIES = 1_000;

function describeFailure(e: unknown): string {
  if (e instanceof Error && e.name === "TimeoutError") return `timed out after ${DELIVERY_TIMEOUT_MS} ms`;
  if (!(e instanceof Error)) return String(e);
  const cause = e.cause as { code?: string; message?: string } | undefined;
  return cause ? `${e.message}: ${cause.code ?? cause.message}` : e.message;
}

function listens(config: CallbackConfig | undefined, command: CallbackCommand): config is CallbackConfig {
  return !!config && config.CallbackCommandList.some((name) => canonicalCallbackCommand(name) === command);
}

export function createCallbackSender(deps: CallbackSenderDeps) {
  let token = deps.token ?? null;
  let faults = noCallbackFaults();
  let log: CallbackDelivery[] = [];
  /** Bumped by reset(): what was queued before is neither sent nor recorded. */
  let generation = 0;
  const chains = new Map<number, Promise<void>>();
  /** Per app, the callback (and its duplicate) waiting for a partner while reorder is on. */
  const held = new Map<number, Pending[]>();

  function callbackUrl(config: CallbackConfig, e: CallbackEvent): string {
    const url = new URL(config.Url);
    const params = new URLSearchParams({
      SdkAppid: String(e.sdkAppId),
      CallbackCommand: e.command,
      contenttype: "json",
      ClientIP: e.clientIp,
      OptPlatform: e.platform,
    });
    if (token !== null) {
      const requestTime = Math.floor(deps.now() / 1000);
      params.set("Sign", callbackSign(token, requestTime));
      params.set("RequestTime", String(requestTime));
    }
    // Appended, so a configured URL that has a query of its own keeps it.
    for (const [k, v] of params) url.searchParams.append(k, v);
    return url.toString();
  }

  async function deliver(p: Pending): Promise<void> {
    if (p.delayMs > 0) {
      try {
        await deps.sleep(p.delayMs, deps.closing);
      } catch {
        return; // the sandbox is closing
      }
    }
    if (p.generation !== generation || deps.closing.aborted) return;
    let status: number | null = null;
    let error: string | null = null;
    try {
      const res = await fetch(p.url, {
        method: "POST",
        headers: { "content-type": "application/json; charset=utf-8" },
        body: JSON.stringify(p.body),
        signal: AbortSignal.any([deps.closing, AbortSignal.timeout(DELIVERY_TIMEOUT_MS)]),
      });
      status = res.status;
      await res.arrayBuffer().catch(() => undefined);
      if (!res.ok) error = `HTTP ${res.status}`;
    } catch (e) {
      error = describeFailure(e);
    }
    if (p.generation !== generation) return;
    log.push({
      command: p.command,
      body: structuredClone(p.body),
      query: Object.fromEntries(new URL(p.url).searchParams),
      status,
      error,
      deliveredAt: new Date(deps.now()).toISOString(),
    });
    if (log.length > MAX_DELIVERIES) log.splice(0, log.length - MAX_DELIVERIES);
  }

  function enqueue(group: Pending[]): void {
    for (const p of group) {
      const next = (chains.get(p.sdkAppId) ?? Promise.resolve()).then(() => deliver(p));
      chains.set(p.sdkAppId, next);
    }
  }

  function flush(): number {
    let sent = 0;
    for (const group of held.values()) {
      enqueue(group);
      sent += 1;
    }
    held.clear();
    return sent;
  }

  return {
    emit(e: CallbackEvent): void {
      const config = deps.configOf(e.sdkAppId);
      if (!listens(config, e.command)) return;
      const p: Pending = {
        sdkAppId: e.sdkAppId,
        command: e.command,
        url: callbackUrl(config, e),
        body: {
          CallbackCommand: e.command,
          EventTime: e.eventTimeMs,
          Operator_Account: e.operator,
          ...e.fields,
        },
        delayMs: faults.delayMs,
        generation,
      };
      const group = faults.duplicate ? [p, { ...p }] : [p];
      if (!faults.reorder) return enqueue(group);
      const older = held.get(e.sdkAppId);
      if (!older) {
        held.set(e.sdkAppId, group);
        return;
      }
      held.delete(e.sdkAppId);
      enqueue(group);
      enqueue(older);
    },
    /** Sends the callbacks reorder is holding back; returns how many. */
    flush,
    deliveries: (): CallbackDelivery[] => log.map((d) => structuredClone(d)),
    faults: (): CallbackFaults => ({ ...faults }),
    setFaults(next: CallbackFaults): void {
      faults = { ...next };
      if (!faults.reorder) flush();
    },
    setToken(next: string | null): void {
      token = next;
    },
    hasToken: () => token !== null,
    /** Resolves once every queued callback has been delivered or has failed. */
    async settled(): Promise<void> {
      let seen: Promise<void>[];
      do {
        seen = [...chains.values()];
        await Promise.all(seen);
      } while ([...chains.values()].some((c) => !seen.includes(c)));
    },
    reset(): void {
      generation += 1;
      log = [];
      held.clear();
      chains.clear();
      faults = noCallbackFaults();
      token = deps.token ?? null;
    },
  };
}

export type CallbackSender = ReturnType<typeof createCallbackSender>;
