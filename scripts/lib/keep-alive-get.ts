// A GET over one kept-alive connection with node:http, for benchmarks that time the server as a client
// sees it. In one bench:lookup run here, what the client saw beyond the server's own time (Server-Timing)
// was 1.5–2.9 ms at p95 with undici's fetch and 0.5–1.5 ms with node:http (README, bench:lookup): most of
// fetch's share was its own streams and the garbage they leave in the benchmark's process. The
// connection is kept as a browser keeps its own to the console.
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
