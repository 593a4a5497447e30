// @ts-check

/**
 * Routes answered on the bare Node request, before Next: those whose volume is set by someone else
 * (Tencent's callbacks), where Next's per-request cost would decide how many the server takes, and the
 * support lookup, where it would be most of what a support engineer waits for. The app
 * publishes them once it has started (instrumentation.ts, inside Next's bundle); server.mjs looks them up
 * (outside it). The two sides are different module instances, so the table lives on the process.
 * Until a route is published, or when none is, the request goes to Next, whose route handler answers the
 * same way (`next dev` has only that one).
 *
 * @typedef {(req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => Promise<void>} NodeRoute
 */

const TABLE = Symbol.for("roomdesk.node-routes");

/** @returns {Map<string, NodeRoute>} */
function table() {
  const g = /** @type {{ [TABLE]?: Map<string, NodeRoute> }} */ (globalThis);
  return (g[TABLE] ??= new Map());
}

/**
 * @param {"GET" | "POST"} method exact: HEAD and every other method stay Next's
 * @param {string} pathname exact; the query string is the route's to read
 * @param {NodeRoute} route
 */
export function publishNodeRoute(method, pathname, route) {
  table().set(`${method} ${pathname}`, route);
}

/**
 * The published route for this request, or null for Next. The path must match exactly, as written:
 * anything else (a trailing slash, an encoded letter) is Next's to answer or refuse.
 *
 * @param {{ method?: string, url?: string }} req
 * @returns {NodeRoute | null}
 */
export function nodeRouteFor(req) {
  const url = req.url ?? "";
  const q = url.indexOf("?");
  return table().get(`${req.method} ${q === -1 ? url : url.slice(0, q)}`) ?? null;
}

/**
 * The server actions' gate (lib/server/http/action-gate.ts): proxy.ts's checks and headers for a POST with
 * a Next-Action header, which proxy.ts does not see. Published with the routes; until it is, server.mjs
 * holds actions back (an action must never reach Next unchecked).
 *
 * @typedef {(req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => Promise<"refused" | "admitted">} ActionGate
 */
const GATE = Symbol.for("roomdesk.action-gate");

/** @param {ActionGate} gate */
export function publishActionGate(gate) {
  /** @type {{ [GATE]?: ActionGate }} */ (globalThis)[GATE] = gate;
}

/** @returns {ActionGate | null} */
export function actionGate() {
  return /** @type {{ [GATE]?: ActionGate }} */ (globalThis)[GATE] ?? null;
}
