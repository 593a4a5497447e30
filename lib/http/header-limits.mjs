// @ts-check

/**
 * Header limits checked before Next.js reads a request. Next 16.4.6 matches the User-Agent against a
 * bot pattern whose cost grows with the square of its length, on every request and before any app
 * code (README, "Oversize headers"); real browsers send 100-300 characters.
 */
export const HEADER_LIMITS = Object.freeze({
  /**
   * The request target plus every header line (`Name: value` and its CRLF), in bytes. Also Node's
   * parser limit: it counts the target and each name and value, a subset of this, so it refuses only
   * what is over this budget anyway, and refuses it before a request object exists.
   */
  totalBytes: 8192,
  /** Characters (bytes: Node decodes header values as latin1) of each User-Agent header. */
  userAgentChars: 512,
});

/**
 * Why the request's headers are over a limit, naming the field and the limit, or null when they fit.
 * Counts what arrived (`rawHeaders`), so repeated headers and every User-Agent line are included.
 *
 * @param {{ url?: string, rawHeaders: string[] }} req
 * @param {{ totalBytes: number, userAgentChars: number }} [limits]
 * @returns {string | null}
 */
export function headerProblem(req, limits = HEADER_LIMITS) {
  const raw = req.rawHeaders;
  let total = (req.url ?? "").length;
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = /** @type {string} */ (raw[i]);
    const value = /** @type {string} */ (raw[i + 1]);
    if (value.length > limits.userAgentChars && name.toLowerCase() === "user-agent") {
      return `The User-Agent header has ${value.length} characters; the limit is ${limits.userAgentChars}.`;
    }
    total += name.length + value.length + 4;
  }
  if (total > limits.totalBytes) {
    return `The request line and headers take ${total} bytes; the limit is ${limits.totalBytes}.`;
  }
  return null;
}
