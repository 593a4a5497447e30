import http from "node:http";
import net from "node:net";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { closeGracefully, createFrontServer } from "./front-server.mjs";
import { HEADER_LIMITS, headerProblem } from "./header-limits.mjs";

const servers: http.Server[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    await new Promise((r) => s.close(r));
  }
});

/** A front server whose handler counts what reached it (in server.mjs, Next's request handler). */
async function start(options: Parameters<typeof createFrontServer>[1] = {}) {
  const reached: string[] = [];
  let release: () => void = () => {};
  const held = new Promise<void>((r) => (release = r));
  const server = createFrontServer(async (req, res) => {
    reached.push(req.url ?? "");
    if (req.url === "/slow") await held;
    res.writeHead(200, { "Content-Type": "text/plain", "Content-Length": "15" });
    res.end("reached the app");
  }, options);
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { server, port: (server.address() as AddressInfo).port, reached, release };
}

/** Sends bytes exactly as given and returns the whole answer (the server closes after refusing). */
function rawRequest(port: number, raw: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1", () => socket.write(raw));
    let answer = "";
    socket.setEncoding("latin1");
    socket.on("data", (chunk) => (answer += chunk));
    socket.on("end", () => resolve(answer));
    socket.on("error", reject);
  });
}

/** A GET whose target and header lines add up to exactly `bytes` by headerProblem's count. */
function requestOfSize(bytes: number, extra: Record<string, string> = {}) {
  const fixed = { Host: "a", Connection: "close", ...extra };
  const line = (k: string, v: string) => k.length + v.length + 4;
  const used =
    "/".length + Object.entries(fixed).reduce((n, [k, v]) => n + line(k, v), 0) + line("X-Pad", "");
  const headers = { ...fixed, "X-Pad": "p".repeat(bytes - used) };
  const text = Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join("");
  return `GET / HTTP/1.1\r\n${text}\r\n`;
}

const status = (answer: string) => Number(answer.split(" ")[1]);
const body = (answer: string) => answer.slice(answer.indexOf("\r\n\r\n") + 4);

describe("header limits in front of Next", () => {
  it("counts the target and every header line exactly", () => {
    const req = { url: "/abc", rawHeaders: ["Host", "a", "X-Long", "v".repeat(10)] };
    // 4 + (4 + 1 + 4) + (6 + 10 + 4)
    expect(headerProblem(req, { totalBytes: 33, userAgentChars: 512 })).toBeNull();
    expect(headerProblem(req, { totalBytes: 32, userAgentChars: 512 })).toBe(
      "The request line and headers take 33 bytes; the limit is 32.",
    );
  });

  it("passes a request at the budget to the app and refuses one byte more with 431", async () => {
    const { port, reached } = await start();
    const fits = await rawRequest(port, requestOfSize(HEADER_LIMITS.totalBytes));
    expect([status(fits), body(fits)]).toEqual([200, "reached the app"]);
    const over = await rawRequest(port, requestOfSize(HEADER_LIMITS.totalBytes + 1));
    expect(status(over)).toBe(431);
    expect(body(over)).toBe(
      `The request line and headers take ${HEADER_LIMITS.totalBytes + 1} bytes; the limit is ${HEADER_LIMITS.totalBytes}.\n`,
    );
    expect(reached).toEqual(["/"]);
  });

  it("refuses a User-Agent over the limit, wherever it sits, without the app seeing it", async () => {
    const { port, reached } = await start();
    const ok = "u".repeat(HEADER_LIMITS.userAgentChars);
    const answer = (ua: string) =>
      rawRequest(
        port,
        `GET /x HTTP/1.1\r\nHost: a\r\nConnection: close\r\nUser-Agent: ${ok}\r\nuser-agent: ${ua}\r\n\r\n`,
      );
    const refused = await answer(`${ok}!`);
    expect(status(refused)).toBe(431);
    expect(body(refused)).toBe(
      `The User-Agent header has ${HEADER_LIMITS.userAgentChars + 1} characters; the limit is ${HEADER_LIMITS.userAgentChars}.\n`,
    );
    expect(refused).toMatch(/\r\nConnection: close\r\n/);
    expect(reached).toEqual([]);
    expect(status(await answer("curl/8"))).toBe(200);
    expect(reached).toEqual(["/x"]);
  });

  it("answers a 15,000-character User-Agent from the parser, with the headers pages get", async () => {
    const { port, reached } = await start({ https: () => true });
    const answer = await rawRequest(
      port,
      `GET / HTTP/1.1\r\nHost: a\r\nUser-Agent: ${"x".repeat(15_000)}\r\n\r\n`,
    );
    expect(status(answer)).toBe(431);
    expect(body(answer)).toBe(
      `The request line and headers take more than ${HEADER_LIMITS.totalBytes} bytes, the limit.\n`,
    );
    for (const header of [
      "X-Content-Type-Options: nosniff",
      "X-Frame-Options: DENY",
      "X-Robots-Tag: noindex, nofollow",
      "Referrer-Policy: strict-origin-when-cross-origin",
      "Strict-Transport-Security: max-age=31536000; includeSubDomains",
      "Content-Security-Policy: default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    ])
      expect(answer).toContain(`\r\n${header}\r\n`);
    expect(reached).toEqual([]);
  });

  it("answers what is not HTTP with 400 and a sentence, as Node would without the sentence", async () => {
    const { port, reached } = await start();
    const answer = await rawRequest(port, "GARBAGE\r\n\r\n");
    expect([status(answer), body(answer)]).toEqual([400, "The request is not valid HTTP.\n"]);
    expect(answer).not.toContain("Strict-Transport-Security");
    expect(reached).toEqual([]);
  });

  it("keeps a refused client's other requests unaffected: the next connection is served", async () => {
    const { port } = await start();
    await rawRequest(port, `GET / HTTP/1.1\r\nHost: a\r\nUser-Agent: ${"x".repeat(600)}\r\n\r\n`);
    const res = await fetch(`http://127.0.0.1:${port}/after`);
    expect(await res.text()).toBe("reached the app");
  });
});

describe("graceful stop (SIGTERM / SIGINT in server.mjs)", () => {
  it("finishes the request in flight, refuses new connections, then closes the app", async () => {
    const { server, port, release } = await start();
    const inFlight = fetch(`http://127.0.0.1:${port}/slow`).then((r) => r.text());
    const connections = () => new Promise<number>((r) => server.getConnections((_, n) => r(n)));
    await expect.poll(connections).toBe(1);
    const order: string[] = [];
    const stopped = closeGracefully(server, async () => void order.push("app closed"));
    await expect(fetch(`http://127.0.0.1:${port}/new`)).rejects.toThrow();
    release();
    expect(await inFlight).toBe("reached the app");
    await stopped;
    order.push("stopped");
    expect(order).toEqual(["app closed", "stopped"]);
  });
});
