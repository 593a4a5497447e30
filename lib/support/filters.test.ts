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
    const longZone = "x".repeat(500);
    const impossible = parseListParams(
      new URLSearchParams(`from=2027-13-01&to=2027-02-30&tz=${longZone}`),
      0,
    );
    expect(impossible).toMatchObject({ fromTs: undefined, toTs: undefined, tab: "upcoming", limit: 25 });

    const march = (tz: string) =>
      parseListParams(new URLSearchParams({ from: "2027-03-01", to: "2027-03-01", tz }), 0);
    const utcDay = Date.UTC(2027, 2, 1) / 1000;
    expect(march(longZone)).toMatchObject({ fromTs: utcDay, toTs: utcDay + 86_400 });
    expect(march("Asia/Kolkata")).toMatchObject({ fromTs: utcDay - 19_800, toTs: utcDay + 86_400 - 19_800 });
  });
});
