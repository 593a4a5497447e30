// @ts-check
// Roomdesk's production server: `next start` plus header limits checked before Next reads a request
// (README, "Oversize headers"), Tencent's callbacks answered before Next (lib/http/node-routes.mjs), server
// actions checked before Next instead of by proxy.ts (lib/server/http/action-gate.ts), and
// compression that leaves server actions' small answers alone (lib/http/compress.mjs). Same flags as
// `next start`: -H/--hostname, -p/--port ($PORT), --keepAliveTimeout. Run `next build` first.
import { compressResponse, isServerAction } from "./lib/http/compress.mjs";
import { closeGracefully, createFrontServer, strictHeaders } from "./lib/http/front-server.mjs";
import { HEADER_LIMITS } from "./lib/http/header-limits.mjs";
import { actionGate, nodeRouteFor } from "./lib/http/node-routes.mjs";
import { parseStartOptions, selfOrigin } from "./lib/http/start-options.mjs";

/** @type {import("./lib/http/start-options.mjs").StartOptions} */
let options;
try {
  options = parseStartOptions(process.argv.slice(2), process.env);
} catch (error) {
  console.error(`roomdesk: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}

// As `next start` does; it must be set before Next loads.
if (!process.env.NODE_ENV) Object.assign(process.env, { NODE_ENV: "production" });
const { default: next } = await import("next");

// Listening starts before Next is ready, as with `next start`; early requests wait for it.
/** @typedef {ReturnType<ReturnType<typeof next>["getRequestHandler"]>} RequestHandler */
/** @type {(handler: RequestHandler) => void} */
let handlerReady = () => {};
/** @type {Promise<RequestHandler>} */
const ready = new Promise((resolve) => (handlerReady = resolve));
// Read after Next has loaded .env, like proxy.ts does through the configuration.
const https = () => (process.env.BETTER_AUTH_URL ?? "").startsWith("https://");
const server = createFrontServer(
  async (req, res) => {
    try {
      // A Next-Action header on anything but an action (another method, an empty id, a route handler) means
      // nothing to Next; without it, proxy.ts serves such a request like any other, body checks included.
      if (!isServerAction(req)) delete req.headers["next-action"];
      // The routes the app has published (Tencent's callbacks, the support lookup), then server actions
      // through their gate; everything else is Next's.
      const direct = nodeRouteFor(req);
      if (direct) await direct(req, res);
      else if (isServerAction(req)) await handleAction(req, res);
      else {
        compressResponse(req, res);
        await (
          await ready
        )(req, res);
      }
    } catch (error) {
      console.error(`roomdesk: failed to handle ${req.method} ${req.url}`, error);
      if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
      res.end("Internal Server Error");
    }
  },
  { https },
);
/**
 * A server action: through the gate the app publishes (proxy.ts's checks and headers, which proxy.ts does
 * not run for actions), then to Next, uncompressed (lib/http/compress.mjs). Never to Next unchecked.
 *
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 */
async function handleAction(req, res) {
  const next = await ready;
  const gate = actionGate();
  if (!gate) {
    res.writeHead(503, {
      "Content-Type": "text/plain; charset=utf-8",
      ...strictHeaders(https()),
      Connection: "close",
    });
    res.end("The server actions' checks are not loaded; nothing was done.\n");
    return;
  }
  if ((await gate(req, res)) === "admitted") await next(req, res);
}
if (options.keepAliveTimeout) server.keepAliveTimeout = options.keepAliveTimeout;

server.on("error", (error) => {
  console.error("roomdesk: failed to start the server", error);
  process.exit(1);
});

await new Promise((resolve) => server.listen(options.port, options.hostname, () => resolve(undefined)));
const address = /** @type {import("node:net").AddressInfo} */ (server.address());
// What `next start` sets once listening: render workers and action redirects read them.
process.env.PORT = String(address.port);
process.env.__NEXT_PRIVATE_ORIGIN = selfOrigin(options.hostname, address);
const app = next({ dev: false, dir: process.cwd(), hostname: options.hostname, port: address.port });

let stopping = false;
for (const [signal, code] of /** @type {const} */ ([
  ["SIGTERM", 143],
  ["SIGINT", 130],
])) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void closeGracefully(server, () => app.close()).then(() => process.exit(code));
  });
}

try {
  await app.prepare();
} catch (error) {
  console.error("roomdesk: Next.js did not start", error);
  process.exit(1);
}
handlerReady(app.getRequestHandler());
console.log(
  `roomdesk: ready on ${process.env.__NEXT_PRIVATE_ORIGIN} (headers up to ${HEADER_LIMITS.totalBytes} bytes, ` +
    `User-Agent up to ${HEADER_LIMITS.userAgentChars} characters; larger requests get 431)`,
);
