import { describe, expect, it } from "vitest";
import { parseListParams } from "@/lib/server/meetings/list-params";
import { filtersFromParams } from "./filters";

describe("impossible days in a shared link", () => {
  it("are dropped by the support console's filters instead of failing the request", () => {
    const f = filtersFromParams(new URLSearchParams("from=2027-02-29&to=2027-13-01"));
    expect([f.from, f.to]).toEqual(["", ""]);
    expect(filtersFromParams(new URLSearchParams("from=2028-02-29")).from).toBe("2028-02-29");
  });

  it("are ignored by the meetings list, and an over-long zone falls back to UTC", () => {
    const q = () =>
      parseListParams(new URLSearchParams(`from=2027-13-01&to=2027-02-30&tz=${"x".repeat(500)}`), 0);
    expect(q).not.toThrow();
  });
});
