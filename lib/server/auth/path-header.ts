/** Header proxy.ts sets to the request path: tells page renders from route handlers, and goes into refusal audits. */
export const PATH_HEADER = "x-roomdesk-path";
