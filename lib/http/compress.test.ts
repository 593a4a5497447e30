import http from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compressResponse } from "./compress.mjs";

/** A server that streams its answer in pieces, as Next does, behind the compression Roomdesk puts in front. */
const body = `<!doctype html><p>${"Quarterly review · ".repeat(200)}</p>`;
let server: http.Server;
let url: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    compressResponse(req, res);
    const type = req.headers["next-action"] ? "text/x-component" : "text/html; charset=utf-8";
    res.writeHead(200, { "Content-Type": type });
    res.write(body.slice(0, 100));
    res.end(body.slice(100));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/schedule`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** The raw answer, undecoded (fetch would decode it silently). */
function get(init: { method?: string; headers: Record<string, string> }) {
  return new Promise<{ encoding: string | undefined; bytes: Buffer }>((resolve, reject) => {
    const req = http.request(url, { method: init.method ?? "GET", headers: init.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve({ encoding: res.headers["content-encoding"], bytes: Buffer.concat(chunks) }),
      );
    });
    req.on("error", reject);
    req.end(init.method === "POST" ? "[{}]" : undefined);
  });
}

describe("response compression in front of Next", () => {
  it("gzips a page for a client that accepts it", async () => {
    const res = await get({ headers: { "accept-encoding": "gzip" } });
    expect(res.encoding).toBe("gzip");
    expect(gunzipSync(res.bytes).toString()).toBe(body);
  });

  it("sends a page as it is to a client that does not accept gzip", async () => {
    const res = await get({ headers: {} });
    expect(res.encoding).toBeUndefined();
    expect(res.bytes.toString()).toBe(body);
  });

  it("leaves a server action's answer uncompressed, whatever the client accepts", async () => {
    const res = await get({
      method: "POST",
      headers: { "accept-encoding": "gzip, br", "next-action": "abc123", "content-type": "text/plain" },
    });
    expect(res.encoding).toBeUndefined();
    expect(res.bytes.toString()).toBe(body);
  });
});
