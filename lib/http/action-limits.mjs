// @ts-check

/**
 * Limits on server action requests, shared by next.config.mjs (Next's own body limit) and proxy.ts,
 * which answers 413 and 400 itself because Next turns both into a 500 (README, "Malformed requests").
 */
export const ACTION_LIMITS = Object.freeze({
  /** Meeting forms are small; a large body is an attack, not a meeting. */
  bodyBytes: 100 * 1024,
  /** Our payloads nest under 10 levels; React's decoder overflows its stack at a few thousand. */
  nesting: 64,
});
