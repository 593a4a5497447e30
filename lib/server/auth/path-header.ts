import "server-only";
/** Header proxy.ts sets to the request path: tells page renders from route handlers, and goes into refusal audits. */
export const PATH_HEADER = "x-roomdesk-path";

/** Header proxy.ts sets to the request's query (`?tab=people`, or empty): a deep link survives sign-in with it. */
export const SEARCH_HEADER = "x-roomdesk-search";

/**
 * Header proxy.ts sets to a fresh id per HTTP request. A refused action POST runs the guard twice (the
 * action, then the page render Next answers with), and the id lets the audit keep one row per request.
 */
export const REQUEST_ID_HEADER = "x-roomdesk-request-id";
