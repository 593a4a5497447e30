/** The result of handling one TRTC call, before it is wrapped in Tencent's envelope. */
export interface Outcome {
  code: number;
  info: string;
  response?: unknown;
}

export const okOutcome = (response?: unknown): Outcome => ({ code: 0, info: "", response });

/** Short texts for the codes the sandbox returns (docs/trtc-api.md §3, §4). */
export const ERROR_INFO: Record<number, string> = {
  60002: "HTTP parse error, check the request URL format",
  60003: "request JSON parse error",
  60006: "SDKAppID invalid",
  60007: "REST API call rate limit exceeded",
  60009: "resource error, check the request URL",
  60010: "identifier must be an App admin",
  60012: "SDKAppID missing from the request URL",
  70001: "UserSig expired",
  70002: "UserSig is empty",
  70003: "UserSig check failed",
  70013: "identifier in the request does not match the identifier in the UserSig",
  70014: "SDKAppID in the request does not match the SDKAppID in the UserSig",
  40601: "profile value exceeds 500 bytes",
  70402: "invalid parameters",
  100001: "internal error",
  100003: "room ID already exists",
  100004: "room does not exist",
  100005: "not a room member",
  100006: "insufficient operation permission",
  100010: "room ID already in use; the operator is the room owner",
  100012: "the same room ID was created more than once within one second",
  100200: "seat locked, try another seat",
  100202: "the user is already applying for a seat",
  100203: "the user is already on a seat",
  100205: "all seats are taken",
  100210: "a user is already on that seat",
  100211: "the room does not support seats",
  100300: "callback config already exists, use update_callback",
  100301: "callback config does not exist, use set_callback first",
};

export function failOutcome(code: number, info?: string): Outcome {
  return { code, info: info ?? ERROR_INFO[code] ?? "error" };
}

export function toEnvelope(outcome: Outcome, requestId: string): Record<string, unknown> {
  return {
    ActionStatus: outcome.code === 0 ? "OK" : "FAIL",
    ErrorCode: outcome.code,
    ErrorInfo: outcome.info,
    RequestId: requestId,
    ...(outcome.response === undefined ? {} : { Response: outcome.response }),
  };
}
