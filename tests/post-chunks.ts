import http from "node:http";

export interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/**
 * POSTs `chunks` to a local server one write at a time; without a declared content-length the body goes
 * chunked, its size undeclared. A server may close once it has answered an oversize body: the answer is
 * what counts, so the write errors that follow are not.
 */
export function postChunks(
  port: number,
  path: string,
  chunks: string[],
  headers: Record<string, string> = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: "127.0.0.1", port, path, method: "POST", agent: false, headers },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => (body += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on("error", (e: NodeJS.ErrnoException) =>
      e.code === "EPIPE" || e.code === "ECONNRESET" ? undefined : reject(e),
    );
    for (const c of chunks) req.write(c);
    req.end();
  });
}
