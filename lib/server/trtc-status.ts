import "server-only";
import { getConfig } from "./config";

export interface TrtcStatus {
  mode: "tencent" | "sandbox";
  region: string;
  /** Host only: enough to tell which endpoint is used, never a credential. */
  endpointHost: string;
  generatedCredentials: boolean;
  sdkAppId: number;
}

/** What may be shown about the TRTC connection: no key, no UserSig. */
export function getTrtcStatus(): TrtcStatus {
  const { trtc } = getConfig();
  return {
    mode: trtc.mode,
    region: trtc.region,
    endpointHost: new URL(trtc.baseUrl).host,
    generatedCredentials: trtc.generatedCredentials,
    sdkAppId: trtc.sdkAppId,
  };
}
