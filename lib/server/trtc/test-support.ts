import "server-only";
import { randomBytes } from "node:crypto";
import { startSandbox, type RunningSandbox, type SandboxOptions } from "@/lib/sandbox";
import type { CreateRoomBody } from "@/lib/trtc/wire";
import { createTrtcClient } from "./client";
import type { TrtcClientSettings } from "./types";

/** Shared by the client's tests: a real sandbox over HTTP and a client wired to it. Not used by the app. */

export const SDK_APP_ID = 1400000001;
export const ADMIN = "administrator";
export const REQUEST_ID = /^Id-[0-9a-f]{32}-O-Seq-\d+$/;

export const randomHex = (bytes = 8) => randomBytes(bytes).toString("hex");

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

export function roomBody(roomId = `room-${randomHex(6)}`, info: Partial<CreateRoomBody["RoomInfo"]> = {}) {
  const start = Math.floor(Date.now() / 1000) + 3600;
  return {
    RoomInfo: {
      RoomId: roomId,
      RoomName: "Weekly sync",
      RoomType: "Conference",
      ScheduleStartTime: start,
      ScheduleEndTime: start + 1800,
      ...info,
    },
  } satisfies CreateRoomBody;
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
