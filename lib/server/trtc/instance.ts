import "server-only";
import { getConfig } from "../config";
import { createTrtcClient } from "./client";
import type { TrtcClient } from "./types";

const globalForTrtc = globalThis as unknown as { roomdeskTrtc?: TrtcClient };

/** The process's TRTC client, built from the validated configuration (keeps its UserSig cache warm). */
export function getTrtcClient(): TrtcClient {
  const { trtc } = getConfig();
  globalForTrtc.roomdeskTrtc ??= createTrtcClient({
    baseUrl: trtc.baseUrl,
    sdkAppId: trtc.sdkAppId,
    secretKey: trtc.secretKey,
    adminUserId: trtc.adminUserId,
    timeoutMs: trtc.timeoutMs,
  });
  return globalForTrtc.roomdeskTrtc;
}

/** Values no sink may ever hold: handed to the redactor for audit bodies and error text. */
export function trtcSecrets(): string[] {
  return [getConfig().trtc.secretKey];
}
