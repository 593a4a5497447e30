import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postChunks, type Answer } from "@/tests/post-chunks";
import { ACTION_LIMITS } from "@/lib/http/action-limits.mjs";
import { nodeActionGate, type ActionGateConfig } from "./action-gate";

const META = Symbol.for("NextInternalRequestMeta");

interface Seen {
  headers: http.IncomingHttpHeaders;
  actionBody: Buffer | undefined;
}

let config: ActionGateConfig = { trustedIpHeader: null, secureCookies: false };
let seen: Seen | null = null;
let server: http.Server;
let port: number;

// What server.mjs does: the gate first; an admitted action goes on, here to a stand-in for Next that
// records what Next would read.
beforeAll(async () => {
  const gate = nodeActionGate(() => config);
  server = http.createServer((req, res) => {
    void gate(req, res).then((outcome) => {
      if (outcome !== "admitted") return;
      const meta = (req as unknown as Record<symbol, { actionBody?: Buffer }>)[META];
      seen = { headers: { ...req.headers }, actionBody: meta?.actionBody };
      res.end("next");
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

/** Posts `chunks` as a same-origin server action, one write at a time (`headers` override). */
function post(path: string, chunks: string[], headers: Record<string, string> = {}): Promise<Answer> {
  seen = null;
  return postChunks(port, path, chunks, {
    host: `127.0.0.1:${port}`,
    origin: `http://127.0.0.1:${port}`,
    "next-action": "40ab",
    "content-type": "text/plain;charset=UTF-8",
    ...headers,
  });
}

const nonceOf = (csp: string | undefined) => /'nonce-([^']+)'/.exec(csp ?? "")?.[1];

describe("the server actions' gate in front of Next", () => {
  it("hands a well-formed action on with its body as sent and the internal headers set", async () => {
    const body = JSON.stringify([{ room: { roomId: "gate-1", name: "Ünïcode" } }]);
    const answer = await post("/schedule?tab=a&_rsc=x", [body.slice(0, 7), body.slice(7)], {
      "x-roomdesk-client-ip": "6.6.6.6",
      "x-roomdesk-path": "/api/forged",
      "x-forwarded-for": "6.6.6.6",
    });
    expect([answer.status, answer.body]).toEqual([200, "next"]);
    expect(seen!.actionBody?.toString("utf8")).toBe(body);
    expect(seen!.headers["x-roomdesk-client-ip"]).toBeUndefined();
    expect(seen!.headers["x-forwarded-for"]).toBeUndefined();
    expect(seen!.headers["x-roomdesk-path"]).toBe("/schedule");
    expect(seen!.headers["x-roomdesk-search"]).toBe("?tab=a");
    expect(seen!.headers["x-roomdesk-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    // The page's nonce reaches Next as it would from proxy.ts, and the answer carries the same policy.
    expect(seen!.headers["content-security-policy"]).toBe(answer.headers["content-security-policy"]);
    expect(nonceOf(answer.headers["content-security-policy"] as string)).toBe(
      seen!.headers["x-nonce"] as string,
    );
    expect(answer.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(answer.headers["x-content-type-options"]).toBe("nosniff");
    expect(answer.headers["x-robots-tag"]).toBe("noindex, nofollow");
    expect(answer.headers["strict-transport-security"]).toBeUndefined();
  });

  it("keeps X-Forwarded-For when it is the trusted proxy's header, and sends HSTS behind HTTPS", async () => {
    config = { trustedIpHeader: "x-forwarded-for", secureCookies: true };
    try {
      const answer = await post("/schedule", ["[{}]"], { "x-forwarded-for": "203.0.113.9" });
      expect(seen!.headers["x-forwarded-for"]).toBe("203.0.113.9");
      expect(answer.headers["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
      expect(answer.headers["content-security-policy"]).toContain("upgrade-insecure-requests");
    } finally {
      config = { trustedIpHeader: null, secureCookies: false };
    }
  });

  it("reads a target that starts with two slashes as a path, never as a host", async () => {
    const answer = await post("//evil.example/schedule", ["[{}]"]);
    expect(answer.status).toBe(200);
    expect(seen!.headers["x-roomdesk-path"]).toBe("//evil.example/schedule");
  });

  const big = JSON.stringify(["x".repeat(ACTION_LIMITS.bodyBytes)]);
  it.each([
    ["an undecodable path", "/meetings/%ZZ", ["[{}]"], {}, 400, /^The address is not valid/],
    ["an undecodable path after two slashes", "//%ZZ/a", ["[{}]"], {}, 400, /^The address is not valid/],
    ["a foreign Origin", "/schedule", ["[{}]"], { origin: "https://evil.example" }, 403, /^Cross-origin/],
    [
      "a body declared too large",
      "/schedule",
      [big],
      { "content-length": String(big.length) },
      413,
      /larger/,
    ],
    ["a body streamed too large", "/schedule", [big.slice(0, 60_000), big.slice(60_000)], {}, 413, /larger/],
    ["a body nested too deep", "/schedule", ["[".repeat(40_000) + "]".repeat(40_000)], {}, 400, /nests/],
    ["a body that is not JSON", "/schedule", ["[{]"], {}, 400, /not valid JSON/],
    [
      "multipart that does not parse",
      "/schedule",
      ["--x\r\nbroken"],
      { "content-type": "multipart/form-data; boundary=x" },
      400,
      /multipart/,
    ],
  ] as const)("answers %s itself, and Next never sees it", async (_, path, chunks, headers, status, text) => {
    const answer = await post(path, [...chunks], headers);
    expect(answer.status).toBe(status);
    expect(answer.body).toMatch(text);
    expect(answer.body).toMatch(/\.\n$/);
    expect(answer.headers["cache-control"]).toBe("no-store");
    expect(answer.headers["x-content-type-options"]).toBe("nosniff");
    expect(seen).toBeNull();
  });
});
