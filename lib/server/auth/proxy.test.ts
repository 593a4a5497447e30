import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "@/proxy";

describe("proxy.ts security headers", () => {
  it("sends HSTS and upgrade-insecure-requests only over HTTPS, with a fresh nonce each time", () => {
    const https = proxy(new NextRequest("https://roomdesk.example/schedule"));
    const http = proxy(new NextRequest("http://127.0.0.1:3000/schedule"));
    expect(https.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
    expect(https.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
    expect(http.headers.get("strict-transport-security")).toBeNull();
    const nonce = (r: Response) => /'nonce-([^']+)'/.exec(r.headers.get("content-security-policy")!)![1];
    expect(nonce(https)).not.toBe(nonce(http));
  });

  it("drops client-supplied internal headers and, without a trusted proxy, X-Forwarded-For", () => {
    const res = proxy(
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
});
