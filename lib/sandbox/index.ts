/** The TRTC sandbox: a local, framework-free stand-in for Tencent's Conference REST API. */
export { startSandbox } from "./server";
export type { CallbackDelivery } from "./callback-sender";
export { ensureSandboxCredentials, type SandboxCredentials } from "./credentials";
export type {
  FaultMix,
  FaultSpec,
  RoomRecord,
  RunningSandbox,
  SandboxApp,
  SandboxCall,
  SandboxOptions,
} from "./types";
