import { describe, expect, it } from "vitest";
import { crossOrigin, isPossibleAction, malformedPath } from "./request-checks";

const post = (headers: Record<string, string>) =>
  new Request("http://127.0.0.1:3000/schedule", { method: "POST", headers });

describe("paths Next cannot decode", () => {
  it("refuses a segment that is not percent-encoded text, naming it", () => {
    expect(malformedPath("/meetings/%ZZ")).toEqual({
      status: 400,
      message: 'The address is not valid: "%ZZ" is not percent-encoded text.',
    });
    expect(malformedPath("/api/meetings/%E0%A4%A/ics")?.status).toBe(400);
    expect(malformedPath("/meetings/caf%C3%A9")).toBeNull();
    expect(malformedPath("/meetings/a%2Fb")).toBeNull();
    expect(malformedPath("/")).toBeNull();
  });
});

describe("cross-origin requests", () => {
  const from = (origin: string | null, extra: Record<string, string> = {}, method = "POST") =>
    crossOrigin(
      new Request("http://127.0.0.1:3000/users", {
        method,
        headers: { host: "127.0.0.1:3000", ...(origin === null ? {} : { origin }), ...extra },
      }),
    );

  it("lets same-origin and origin-less requests through, as Next does", () => {
    expect(from("http://127.0.0.1:3000")).toBeNull();
    expect(from(null)).toBeNull();
    expect(
      from("https://roomdesk.example", { "x-forwarded-host": "roomdesk.example, proxy.internal" }),
    ).toBeNull();
  });

  it("refuses a foreign, opaque or unparsable Origin and a mismatched X-Forwarded-Host with 403", () => {
    expect(from("https://evil.example")).toEqual({
      status: 403,
      message: "Cross-origin request refused: Origin https://evil.example is not this site (127.0.0.1:3000).",
    });
    expect(from("null")?.status).toBe(403);
    expect(from("not a url")?.status).toBe(403);
    expect(from("http://127.0.0.1:3000", { "x-forwarded-host": "evil.example" })?.status).toBe(403);
    expect(from("http://127.0.0.1:3001")?.status).toBe(403);
  });

  it("leaves reads alone: GET and HEAD cannot change anything", () => {
    expect(from("https://evil.example", {}, "GET")).toBeNull();
    expect(from("https://evil.example", {}, "HEAD")).toBeNull();
  });
});

describe("server action requests", () => {
  it("knows what Next would decode as a server action", () => {
    expect(isPossibleAction(post({ "next-action": "40ab" }))).toBe(true);
    expect(isPossibleAction(post({ "content-type": "multipart/form-data; boundary=x" }))).toBe(true);
    expect(isPossibleAction(post({ "content-type": "application/x-www-form-urlencoded" }))).toBe(true);
    expect(isPossibleAction(post({ "content-type": "application/json" }))).toBe(false);
    expect(isPossibleAction(new Request("http://a/", { headers: { "next-action": "40ab" } }))).toBe(false);
  });

  it("leaves an upload route's multipart body to the route, which has its own limit", () => {
    const upload = (headers: Record<string, string>) =>
      new Request("http://a/api/bulk/dry-run", { method: "POST", headers });
    expect(isPossibleAction(upload({ "content-type": "multipart/form-data; boundary=x" }))).toBe(false);
    expect(isPossibleAction(upload({ "next-action": "40ab" }))).toBe(true);
    expect(
      isPossibleAction(
        new Request("http://a/api/bulk/dry-run/x", {
          method: "POST",
          headers: { "content-type": "multipart/form-data; boundary=x" },
        }),
      ),
    ).toBe(true);
  });
});
