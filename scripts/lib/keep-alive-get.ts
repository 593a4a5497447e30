// A GET over one kept-alive connection with node:http, for benchmarks that time the server as a client
// sees it. Undici's fetch spends 0.5–1.5 ms of its own at p95 per request on this machine (its streams
// and the garbage they leave in the benchmark's own process), more than the route it was timing takes;
// node:http adds about 0.1 ms. The connection is kept as a browser keeps its own to the console.
import http from "node:http";
import { gunzipSync } from "node:zlib";

export interface KeptAliveAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export function keepAliveClient() {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  function get(url: string, headers: Record<string, string>): Promise<KeptAliveAnswer> {
    return new Promise((resolve, reject) => {
      const req = http.get(url, { agent, headers: { "accept-encoding": "gzip", ...headers } }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("error", reject);
        res.on("end", () => {
          const raw = Buffer.concat(chunks);
          const gzipped = res.headers["content-encoding"] === "gzip";
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: (gzipped ? gunzipSync(raw) : raw).toString("utf8"),
          });
        });
      });
      req.on("error", reject);
    });
  }
  return { get, close: () => agent.destroy() };
}
