import "server-only";

/** The `compression` middleware's own threshold: below it, gzip costs more than it saves. */
export const SMALL_ANSWER_BYTES = 1024;

/**
 * A JSON answer that is not gzipped when it is small. Next streams every answer without a length, so the
 * server's compression (lib/http/compress.mjs) never learns the size and gzips even a 200-byte body, which
 * costs more time than sending it (a RequestId lookup finds one row). `no-transform` is the signal it
 * honours before compressing; larger answers (a page of 50 rows) are still compressed.
 */
export function jsonAnswer(value: unknown, init: { status?: number; headers?: Record<string, string> } = {}) {
  const body = JSON.stringify(value);
  const small = Buffer.byteLength(body) < SMALL_ANSWER_BYTES;
  const cacheControl = init.headers?.["cache-control"];
  return new Response(body, {
    status: init.status ?? 200,
    headers: {
      ...init.headers,
      "content-type": "application/json",
      ...(small ? { "cache-control": cacheControl ? `${cacheControl}, no-transform` : "no-transform" } : {}),
    },
  });
}
