import "server-only";

export { createTrtcClient } from "./client";
export { redactUrl } from "./redact-url";
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
