import "server-only";

export { createTrtcClient } from "./client";
export { TrtcError, type TrtcErrorKind } from "./trtc-error";
export type {
  TrtcCallFacts,
  TrtcCallFailure,
  TrtcCallOptions,
  TrtcCallResult,
  TrtcCallSuccess,
  TrtcClient,
  TrtcClientSettings,
} from "./types";
