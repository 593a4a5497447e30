import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { proxy } from "@/proxy";

// The proxy reads the configuration; give it one of its own rather than whatever this checkout holds.
beforeAll(() => {
  vi.stubEnv("TRTC_MODE", "sandbox");
  vi.stubEnv("TRTC_SDK_APP_ID", "1400000001");
  vi.stubEnv("TRTC_SECRET_KEY", "proxy-test-secret-key-0123456789");
  vi.stubEnv("BETTER_AUTH_SECRET", "proxy-test-auth-secret-0123456789abcdef");
  vi.stubEnv("TRUSTED_IP_HEADER", "");
});
afterAll(() => vi.unstubAllEnvs());

describe("proxy.ts security headers", () => {
  it("sends HSTS and upgrade-insecure-requests only over HTTPS, with a fresh nonce each time", async () => {
    const https = await proxy(new NextRequest("https://roomdesk.example/schedule"));
    const http = await proxy(new NextRequest("http://127.0.0.1:3000/schedule"));
    expect(https.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
    expect(https.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
    expect(http.headers.get("strict-transport-security")).toBeNull();
    const nonce = (r: Response) => /'nonce-([^']+)'/.exec(r.headers.get("content-security-policy")!)![1];
    expect(nonce(https)).not.toBe(nonce(http));
  });

  it("drops client-supplied internal headers and, without a trusted proxy, X-Forwarded-For", async () => {
    const res = await proxy(
      new NextRequest("http://127.0.0.1:3000/login", {
        headers: {
          "x-roomdesk-client-ip": "6.6.6.6",
          "x-forwarded-for": "6.6.6.6",
          "x-roomdesk-path": "/api/x",
        },
      }),
    );
    const overridden = res.headers.get("x-middleware-override-headers")!.split(",");
    expect(overridden).not.toContain("x-roomdesk-client-ip");
    expect(overridden).not.toContain("x-forwarded-for");
    expect(res.headers.get("x-middleware-request-x-roomdesk-path")).toBe("/login");
  });

  it("passes the page's own query on (for the way back after sign-in), never Next's _rsc or a client's value", async () => {
    const res = await proxy(
      new NextRequest("http://127.0.0.1:3000/meetings/rd-1?tab=people&_rsc=abc", {
        headers: { "x-roomdesk-search": "?next=//evil.example" },
      }),
    );
    expect(res.headers.get("x-middleware-request-x-roomdesk-search")).toBe("?tab=people");
    const bare = await proxy(new NextRequest("http://127.0.0.1:3000/meetings"));
    expect(bare.headers.get("x-middleware-request-x-roomdesk-search")).toBe("");
  });
});

describe("proxy.ts answers what Next would turn into a 500", () => {
  const forwarded = (res: Response) => res.headers.get("x-middleware-next") === "1";
  const action = (headers: Record<string, string>, body: string) =>
    new NextRequest("http://127.0.0.1:3000/schedule", {
      method: "POST",
      headers: {
        host: "127.0.0.1:3000",
        origin: "http://127.0.0.1:3000",
        "next-action": "40ab",
        "content-type": "text/plain;charset=UTF-8",
        ...headers,
      },
      body,
    });

  it("refuses each case itself, with its status, a sentence and the security headers", async () => {
    const cases: [NextRequest, number][] = [
      [new NextRequest("http://127.0.0.1:3000/meetings/%ZZ"), 400],
      [action({ origin: "https://evil.example" }, "[{}]"), 403],
      [action({}, JSON.stringify(["x".repeat(200_000)])), 413],
      [action({}, "[".repeat(40_000) + "]".repeat(40_000)), 400],
    ];
    for (const [request, status] of cases) {
      const res = await proxy(request);
      expect([res.status, forwarded(res)]).toEqual([status, false]);
      expect(await res.text()).toMatch(/^[A-Z].+\.\n$/);
      expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    }
  });

  it("forwards a well-formed same-origin action", async () => {
    const res = await proxy(action({}, JSON.stringify([{ room: { roomId: "a" } }])));
    expect([res.status, forwarded(res)]).toEqual([200, true]);
  });
});
