import { describe, expect, it } from "vitest";
import { callbackUrlWarnings, isPublicHost } from "./url-warnings";

describe("callback URL warnings", () => {
  it("tells hosts Tencent cannot reach by their name", () => {
    for (const host of [
      "localhost",
      "app.localhost",
      "roomdesk",
      "roomdesk.local",
      "svc.internal",
      "127.0.0.1",
      "10.1.2.3",
      "172.20.0.1",
      "192.168.1.5",
      "169.254.1.1",
      "[::1]",
      "[fd00::1]",
      "[fe80::1]",
    ])
      expect(isPublicHost(host), host).toBe(false);
    for (const host of ["roomdesk.example.com", "203.0.113.10", "172.32.0.1", "[2001:db8::1]"])
      expect(isPublicHost(host), host).toBe(true);
  });

  it("warns on http, on a private host and on a URL other than the one Roomdesk expects", () => {
    const expected = "https://roomdesk.example.com/api/trtc/callback";
    expect(callbackUrlWarnings(expected, expected)).toEqual([]);
    expect(callbackUrlWarnings("http://127.0.0.1:3000/api/trtc/callback", expected)).toEqual([
      "notHttps",
      "notPublic",
      "notExpected",
    ]);
    expect(callbackUrlWarnings("https://roomdesk.example.com/other", expected)).toEqual(["notExpected"]);
    expect(callbackUrlWarnings("https://roomdesk.example.com/other", null)).toEqual([]);
    expect(callbackUrlWarnings("not a url", null)).toEqual(["invalid"]);
  });
});
