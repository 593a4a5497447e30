// @ts-check
import http from "node:http";
import { HEADER_LIMITS, headerProblem } from "./header-limits.mjs";

/**
 * @typedef {(req: http.IncomingMessage, res: http.ServerResponse) => unknown} Handler
 * @typedef {{ totalBytes: number, userAgentChars: number }} Limits
 * @typedef {{ limits?: Limits, https?: () => boolean }} FrontOptions
 */

const STATUS_TEXT = /** @type {const} */ ({
  400: "Bad Request",
  408: "Request Timeout",
  431: "Request Header Fields Too Large",
});

/**
 * The headers proxy.ts puts on every page, in their strictest form, for answers made without Next: data
 * or plain text that nothing may frame, run, sniff or cache.
 *
 * @param {boolean} https
 * @returns {Record<string, string>}
 */
export function strictHeaders(https) {
  return {
    "Cache-Control": "no-store",
    "Content-Security-Policy":
      "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "X-Robots-Tag": "noindex, nofollow",
    ...(https ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}

/**
 * @param {boolean} https
 * @returns {Record<string, string>}
 */
function refusalHeaders(https) {
  return { "Content-Type": "text/plain; charset=utf-8", ...strictHeaders(https), Connection: "close" };
}

/**
 * A raw HTTP/1.1 answer, for sockets whose request Node could not parse (no ServerResponse exists).
 *
 * @param {400 | 408 | 431} status
 * @param {string} message
 * @param {boolean} https
 */
function rawResponse(status, message, https) {
  const body = `${message}\n`;
  const head = { ...refusalHeaders(https), "Content-Length": String(Buffer.byteLength(body)) };
  const lines = Object.entries(head).map(([k, v]) => `${k}: ${v}`);
  return `HTTP/1.1 ${status} ${STATUS_TEXT[status]}\r\n${lines.join("\r\n")}\r\n\r\n${body}`;
}

/**
 * An HTTP server that answers 431 to oversize headers and passes everything else to `handler`
 * (Next's request handler in server.mjs). The refusal costs what parsing the headers cost; the
 * handler never sees the request.
 *
 * @param {Handler} handler
 * @param {FrontOptions} [options]
 */
export function createFrontServer(handler, options = {}) {
  const limits = options.limits ?? HEADER_LIMITS;
  const https = options.https ?? (() => false);
  const server = http.createServer({ maxHeaderSize: limits.totalBytes }, (req, res) => {
    const problem = headerProblem(req, limits);
    if (problem === null) return handler(req, res);
    const body = `${problem}\n`;
    res.writeHead(431, STATUS_TEXT[431], {
      ...refusalHeaders(https()),
      "Content-Length": String(Buffer.byteLength(body)),
    });
    res.end(body);
  });
  // Node's default answer to an unparsable request has no body; this one says which limit, as above.
  server.on("clientError", (/** @type {NodeJS.ErrnoException} */ error, socket) => {
    if (error.code === "ECONNRESET" || !socket.writable) {
      socket.destroy();
      return;
    }
    const [status, message] =
      error.code === "HPE_HEADER_OVERFLOW"
        ? [431, `The request line and headers take more than ${limits.totalBytes} bytes, the limit.`]
        : error.code === "ERR_HTTP_REQUEST_TIMEOUT"
          ? [408, "The request did not arrive in time."]
          : [400, "The request is not valid HTTP."];
    socket.end(rawResponse(/** @type {400 | 408 | 431} */ (status), message, https()));
  });
  return server;
}

/**
 * Stops accepting connections, lets requests in flight finish (idle keep-alive connections close at
 * once), then runs `closeApp`: what `next start` does on SIGTERM and SIGINT.
 *
 * @param {http.Server} server
 * @param {() => Promise<unknown>} closeApp
 */
export async function closeGracefully(server, closeApp) {
  await new Promise((resolve) => {
    server.close((error) => {
      if (error) console.error(error);
      resolve(undefined);
    });
    server.closeIdleConnections();
  });
  await closeApp().catch((error) => console.error(error));
}
