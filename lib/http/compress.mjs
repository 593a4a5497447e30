// @ts-check
import { Duplex } from "node:stream";
import compression from "compression";

/**
 * Response compression for everything Next answers (next.config.mjs turns Next's own off), except the
 * answers to server actions. An action answers with a few hundred bytes of result, streamed, so the
 * middleware cannot see its size; gzipping it costs a zlib stream and a flush per chunk, more than the
 * bytes it saves (about 1.5 ms of a schedule's 10 ms on a 2-core machine, `npm run bench:create`).
 * Pages, navigations, route handlers and static files are compressed as before.
 *
 * @typedef {import("node:http").IncomingMessage} Request
 * @typedef {import("node:http").ServerResponse} Response
 */

/**
 * A server action as Next decodes one: a POST with a Next-Action id (an empty one is none), to a page;
 * route handlers, all under /api/, never run one.
 *
 * @param {Request} req
 */
export const isServerAction = (req) =>
  req.method === "POST" && Boolean(req.headers["next-action"]) && !(req.url ?? "").startsWith("/api/");

const middleware = compression({
  filter: (req, res) => !isServerAction(req) && compression.filter(req, res),
});

/**
 * Wraps `res` so what Next writes is compressed when the client accepts it and the filter allows.
 *
 * @param {Request} req
 * @param {Response} res
 */
export function compressResponse(req, res) {
  // @ts-expect-error the middleware's types want Express's request and response; it only uses Node's.
  middleware(req, res, () => {});
  // A client that disconnects mid-response leaves the middleware's zlib stream open; end it, as Next does.
  res.once("close", () => {
    if (res.writableFinished) return;
    const noop = () => {};
    const stream = res.on("drain", noop);
    res.off("drain", noop);
    if (stream !== res && stream instanceof Duplex) stream.destroy();
  });
}
