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
