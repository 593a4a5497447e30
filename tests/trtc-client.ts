import { vi } from "vitest";
import { startSandbox, type RunningSandbox, type SandboxOptions } from "@/lib/sandbox";
import { createTrtcClient } from "@/lib/server/trtc/client";
import type { TrtcClientSettings } from "@/lib/server/trtc/types";
import { ADMIN, SDK_APP_ID } from "./trtc-test-app";

/** A real sandbox over HTTP and the real client wired to it, signing with a per-test canary key. */

export async function startTestSandbox(
  secretKey: string,
  extra: Omit<SandboxOptions, "apps" | "port"> = {},
): Promise<RunningSandbox> {
  return startSandbox({
    apps: [{ sdkAppId: SDK_APP_ID, secretKey, adminIdentifiers: [ADMIN] }],
    port: 0,
    ...extra,
  });
}

export function clientFor(
  sandbox: RunningSandbox,
  secretKey: string,
  extra: Partial<TrtcClientSettings> = {},
) {
  return createTrtcClient({
    baseUrl: sandbox.url,
    sdkAppId: SDK_APP_ID,
    secretKey,
    adminUserId: ADMIN,
    ...extra,
  });
}

const realFetch = globalThis.fetch;

/** Wraps the real fetch to see each request URL, so tests learn the exact UserSig that was sent. */
export function recordUrls(urls: string[]): typeof fetch {
  return (input, init) => {
    urls.push(input instanceof Request ? input.url : String(input));
    return realFetch(input, init);
  };
}

export const userSigOf = (url: string) => new URL(url).searchParams.get("usersig") ?? "";

/** Resolves once the sandbox has received `count` calls: the moment a hung call is known to be in flight. */
export async function sandboxHasSeen(sandbox: RunningSandbox, count: number): Promise<void> {
  await vi.waitFor(
    () => {
      if (sandbox.calls().length < count) throw new Error(`sandbox saw ${sandbox.calls().length}/${count}`);
    },
    { timeout: 10_000, interval: 2 },
  );
}

/** What AbortSignal.timeout aborts with: the client reads a TimeoutError as "timeout". */
export const timeoutReason = () =>
  new DOMException("The operation was aborted due to timeout", "TimeoutError");

/**
 * Deadlines for TrtcClientSettings.deadline that expire only when the test says so, so a test of a timeout
 * never races a real timer on a busy machine.
 */
export function manualDeadlines() {
  const issued: { timeoutMs: number; controller: AbortController }[] = [];
  return {
    deadline(timeoutMs: number): AbortSignal {
      const controller = new AbortController();
      issued.push({ timeoutMs, controller });
      return controller.signal;
    },
    /** The per-attempt timeouts the client asked for, in order. */
    requested: () => issued.map((d) => d.timeoutMs),
    /** Expires every deadline still running, as the real timer would. */
    expire(): void {
      for (const d of issued) if (!d.controller.signal.aborted) d.controller.abort(timeoutReason());
    },
  };
}

/**
 * A TrtcClientSettings.deadline that expires an attempt exactly when the sandbox is hanging it, and
 * never otherwise: a call that is merely slow on a busy machine is not mistaken for a hang. It watches
 * the sandbox's record of the attempt's call, and stops watching once that call is in (or the sandbox
 * was reset).
 */
export function hangDeadlines(sandbox: RunningSandbox): (timeoutMs: number) => AbortSignal {
  return () => {
    const controller = new AbortController();
    const index = sandbox.calls().length;
    const watch = setInterval(() => {
      const calls = sandbox.calls();
      if (calls.length < index) return clearInterval(watch);
      const call = calls[index];
      if (!call) return;
      clearInterval(watch);
      if (call.fault === "hang") controller.abort(timeoutReason());
    }, 2);
    watch.unref();
    return controller.signal;
  };
}
