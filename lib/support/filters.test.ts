import { describe, expect, it } from "vitest";
import { parseListParams } from "@/lib/server/meetings/list-params";
import { ALL_AUDIT_ACTIONS, AUDIT_ACTIONS, AUDIT_FAMILIES } from "@/lib/audit/actions";
import { ACTION_OPTIONS, filtersFromParams } from "./filters";

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

describe("the action filter", () => {
  it("offers every action the audit log records, each family first as family.*", () => {
    for (const action of ALL_AUDIT_ACTIONS) expect(ACTION_OPTIONS).toContain(action);
    for (const family of AUDIT_FAMILIES) {
      const at = ACTION_OPTIONS.indexOf(`${family}.*`);
      expect(at).toBeGreaterThanOrEqual(0);
      expect(ACTION_OPTIONS[at + 1]).toBe(`${family}.${AUDIT_ACTIONS[family][0]}`);
    }
    expect(ACTION_OPTIONS).toHaveLength(ALL_AUDIT_ACTIONS.length + AUDIT_FAMILIES.length);
  });
});
