import "server-only";

/**
 * Why a callback request was refused, with the HTTP status it gets. Nothing of a refused request is
 * stored but one count per reason (callback_counters), shown on the callback configuration page.
 */
export const CALLBACK_REFUSALS = {
  browserOrigin: 403,
  network: 403,
  sdkAppId: 403,
  missingSign: 401,
  staleRequestTime: 401,
  badSign: 401,
  tooLarge: 413,
  notJson: 400,
  commandMismatch: 400,
  malformed: 400,
} as const;

export type CallbackRefusal = keyof typeof CALLBACK_REFUSALS;

export const CALLBACK_REFUSAL_REASONS = Object.keys(CALLBACK_REFUSALS) as CallbackRefusal[];

/** What is said back to the sender: short, and never an echo of what it sent. */
export const REFUSAL_INFO: Record<CallbackRefusal, string> = {
  browserOrigin: "sent from a web page",
  network: "source address not allowed",
  sdkAppId: "SdkAppid is not this application's",
  missingSign: "Sign and RequestTime are required",
  staleRequestTime: "RequestTime is more than 60 s away",
  badSign: "Sign does not match",
  tooLarge: "body too large",
  notJson: "body is not JSON",
  commandMismatch: "CallbackCommand in the URL and the body differ",
  malformed: "body does not match the command",
};
