import "server-only";
import type { IncomingMessage } from "node:http";

/**
 * Reads at most `limit` bytes of a Node request's body; null when it is longer, declared or not (reading
 * stops there, and the caller closes the connection after its answer so the rest is never taken in).
 */
export function readNodeBodyUpTo(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  if (Number(req.headers["content-length"] ?? NaN) > limit) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (f: () => void) => {
      if (settled) return;
      settled = true;
      f();
    };
    req.on("data", (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > limit) {
        req.pause();
        settle(() => resolve(null));
      } else chunks.push(chunk);
    });
    req.on("end", () => settle(() => resolve(Buffer.concat(chunks))));
    req.on("error", (e) => settle(() => reject(e)));
    // The sender went away mid-body: nothing of it is used.
    req.on("close", () => settle(() => reject(new Error("the request was aborted"))));
  });
}
