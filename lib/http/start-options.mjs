// @ts-check

/**
 * @typedef {{ hostname: string | undefined, port: number, keepAliveTimeout: number | undefined }} StartOptions
 */

const USAGE = "usage: node server.mjs [-H|--hostname <host>] [-p|--port <port>] [--keepAliveTimeout <ms>]";

/**
 * @param {string} flag
 * @param {string | undefined} value
 * @param {{ min: number, max: number }} range
 */
function integer(flag, value, range) {
  const n = Number(value);
  if (value === undefined || !/^\d+$/.test(value) || n < range.min || n > range.max) {
    throw new Error(
      `${flag} must be a whole number from ${range.min} to ${range.max} (got ${value ?? "nothing"})`,
    );
  }
  return n;
}

/**
 * The flags `next start` takes (README, "Production"): hostname, port (else $PORT, else 3000) and
 * the keep-alive timeout. `--flag value` and `--flag=value` both work.
 *
 * @param {string[]} argv arguments after the script name
 * @param {Record<string, string | undefined>} env
 * @returns {StartOptions}
 */
export function parseStartOptions(argv, env) {
  /** @type {StartOptions} */
  const options = { hostname: undefined, port: 3000, keepAliveTimeout: undefined };
  if (env.PORT) options.port = integer("PORT", env.PORT, { min: 0, max: 65535 });
  for (let i = 0; i < argv.length; i++) {
    const arg = /** @type {string} */ (argv[i]);
    const eq = arg.indexOf("=");
    const flag = arg.startsWith("--") && eq > 0 ? arg.slice(0, eq) : arg;
    const value = arg.startsWith("--") && eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (flag === "-H" || flag === "--hostname") {
      if (!value) throw new Error(`${flag} needs a host name or address\n${USAGE}`);
      options.hostname = value;
    } else if (flag === "-p" || flag === "--port") {
      options.port = integer(flag, value, { min: 0, max: 65535 });
    } else if (flag === "--keepAliveTimeout") {
      options.keepAliveTimeout = integer(flag, value, { min: 1, max: 2 ** 31 - 1 });
    } else {
      throw new Error(`unknown option ${arg}\n${USAGE}`);
    }
  }
  return options;
}

/**
 * The origin Next uses to fetch its own pages (the render after an action's redirect), as `next start`
 * computes it: an unspecified or wildcard address becomes localhost.
 *
 * @param {string | undefined} hostname
 * @param {import("node:net").AddressInfo} address
 */
export function selfOrigin(hostname, address) {
  const bracket = (/** @type {string} */ h) => (h.includes(":") && !h.startsWith("[") ? `[${h}]` : h);
  const actual = bracket(address.address || hostname || "localhost");
  const host =
    !hostname || actual === "0.0.0.0" ? "localhost" : actual === "[::]" ? "[::1]" : bracket(hostname);
  return `http://${host}:${address.port}`;
}
