import { describe, expect, it } from "vitest";
import { networkList, parseCidr } from "./network-list";

describe("allowed networks", () => {
  it("reads addresses and CIDRs and refuses anything else", () => {
    expect(parseCidr("203.0.113.0/24")).toEqual({ address: "203.0.113.0", prefix: 24, family: "ipv4" });
    expect(parseCidr("2001:db8::1")).toEqual({ address: "2001:db8::1", prefix: 128, family: "ipv6" });
    for (const bad of ["", "203.0.113.0/33", "203.0.113.0/", "203.0.113.0/2x", "example.com", "1.2.3.4/8/8"])
      expect(parseCidr(bad)).toBeNull();
  });

  it("allows every address when empty, and only listed networks otherwise", () => {
    expect(networkList([])("198.51.100.1")).toBe(true);
    const allowed = networkList(["203.0.113.0/24", "2001:db8::/32"]);
    expect(allowed("203.0.113.200")).toBe(true);
    expect(allowed("::ffff:203.0.113.5")).toBe(true);
    expect(allowed("203.0.114.1")).toBe(false);
    expect(allowed("2001:db8:1::9")).toBe(true);
    expect(allowed("2001:db9::1")).toBe(false);
    expect(allowed(null)).toBe(false);
    expect(allowed("not-an-ip")).toBe(false);
  });
});
