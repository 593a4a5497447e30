import { describe, expect, it } from "vitest";
import { loginHref, loginReason, safeReturnPath } from "./return-path";

describe("safeReturnPath: sign-in only ever returns to a page of Roomdesk", () => {
  it("keeps a page with its query and fragment", () => {
    expect(safeReturnPath("/meetings/rd-1?tab=people")).toBe("/meetings/rd-1?tab=people");
    expect(safeReturnPath("/support/events/7#payload")).toBe("/support/events/7#payload");
    expect(safeReturnPath("/")).toBe("/");
  });

  it.each([
    ["an absolute URL", "https://evil.example/meetings"],
    ["a protocol-relative URL", "//evil.example/meetings"],
    ["a backslash that browsers read as a slash", "/\\evil.example"],
    ["a tab inside the slashes", "/\t/evil.example"],
    ["a newline", "/meetings\n/x"],
    ["a scheme", "javascript:alert(1)"],
    ["a data URL", "data:text/html,<script>alert(1)</script>"],
    ["a relative path", "meetings"],
    ["the empty string", ""],
    ["an API route", "/api/meetings"],
    ["the sign-in page itself", "/login?next=/login"],
    ["first-run setup", "/setup"],
    ["something longer than a URL should be", `/${"a".repeat(2048)}`],
    ["not a string", { href: "/meetings" }],
  ])("refuses %s", (_what, raw) => {
    expect(safeReturnPath(raw)).toBeNull();
  });

  it("keeps encoded slashes (one segment) and refuses dot segments that fold into a protocol-relative URL", () => {
    // Percent-encoded slashes stay part of one path segment: the browser does not leave the site.
    expect(safeReturnPath("/%2F%2Fevil.example")).toBe("/%2F%2Fevil.example");
    expect(safeReturnPath("/..//evil.example")).toBeNull();
  });
});

describe("loginHref", () => {
  it("carries the page and the reason, and nothing it cannot trust", () => {
    expect(loginHref({ next: "/meetings/rd-1?tab=people", reason: "expired" })).toBe(
      "/login?next=%2Fmeetings%2Frd-1%3Ftab%3Dpeople&reason=expired",
    );
    expect(loginHref({ next: "//evil.example", reason: null })).toBe("/login");
    expect(loginHref({ next: "/", reason: "signed-out" })).toBe("/login?reason=signed-out");
  });

  it("reads only the two reasons it sets", () => {
    expect(loginReason("expired")).toBe("expired");
    expect(loginReason("signed-out")).toBe("signed-out");
    expect(loginReason("<b>hacked</b>")).toBeNull();
  });
});
