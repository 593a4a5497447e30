import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { proxy } from "@/proxy";
import { pageSecurityHeaders } from "./security-headers.mjs";

beforeAll(() => {
  vi.stubEnv("TRTC_MODE", "sandbox");
  vi.stubEnv("TRTC_SDK_APP_ID", "1400000001");
  vi.stubEnv("TRTC_SECRET_KEY", "security-headers-test-key-0123456789");
  vi.stubEnv("BETTER_AUTH_SECRET", "security-headers-test-secret-0123456789abcdef");
  vi.stubEnv("TRUSTED_IP_HEADER", "");
});
afterAll(() => vi.unstubAllEnvs());

/** The response headers a client sees, without Next's internal x-middleware-* ones. */
const seen = (headers: Headers) =>
  Object.fromEntries([...headers].filter(([name]) => !name.startsWith("x-middleware-")));
const lowerCased = (headers: Record<string, string>) =>
  Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
const nonceOf = (csp: string | undefined) => /'nonce-([^']+)'/.exec(csp ?? "")?.[1] ?? "";

describe("the security headers of an answer made before Next", () => {
  it.each([
    ["http", "http://127.0.0.1:3000/api/support/search?q=Id-1"],
    ["https", "https://roomdesk.example/api/support/search?q=Id-1"],
  ])("are proxy.ts's, header for header (%s)", async (scheme, url) => {
    const fromProxy = seen((await proxy(new NextRequest(url))).headers);
    const nonce = nonceOf(fromProxy["content-security-policy"]);
    expect(nonce).not.toBe("");
    const ours = lowerCased(pageSecurityHeaders({ nonce, https: scheme === "https", dev: false }));
    expect(ours).toEqual(fromProxy);
  });

  it("allow eval under next dev only, as proxy.ts does", async () => {
    vi.stubEnv("NODE_ENV", "development");
    try {
      const fromProxy = seen(
        (await proxy(new NextRequest("http://127.0.0.1:3000/api/support/search"))).headers,
      );
      const nonce = nonceOf(fromProxy["content-security-policy"]);
      expect(fromProxy["content-security-policy"]).toContain("'unsafe-eval'");
      expect(lowerCased(pageSecurityHeaders({ nonce, https: false, dev: true }))).toEqual(fromProxy);
    } finally {
      vi.stubEnv("NODE_ENV", "test");
    }
  });
});
