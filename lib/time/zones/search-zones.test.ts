import { describe, expect, it } from "vitest";
import { COMMON_ZONES } from "./zone-facts";
import { buildZoneIndex, knownZones } from "./zone-index";
import { parseOffsetQuery, searchZones } from "./search-zones";

const english = new Intl.DisplayNames("en", { type: "region" });
const japanese = new Intl.DisplayNames("ja", { type: "region" });
const countryNames = (code: string) => [english.of(code) ?? code, japanese.of(code) ?? code];
// A summer date and a winter one: offsets are those of the meeting's day, not today's.
const summer = buildZoneIndex({ date: "2027-07-01", countryNames });
const winter = buildZoneIndex({ date: "2027-01-15", countryNames });
const top = (query: string, index = summer, preferred = COMMON_ZONES) =>
  searchZones(index, query, preferred)[0]?.entry.zone;

describe("the zone index", () => {
  it("lists current names even where the engine lists the old ones, each zone once", () => {
    // This engine lists Asia/Calcutta and Europe/Kiev; the index has neither, only the current names.
    const zones = knownZones([
      "Asia/Calcutta",
      "Europe/Kiev",
      "Asia/Katmandu",
      "Asia/Saigon",
      "Asia/Rangoon",
    ]);
    expect(zones).toEqual(
      expect.arrayContaining([
        "Asia/Kolkata",
        "Europe/Kyiv",
        "Asia/Kathmandu",
        "Asia/Ho_Chi_Minh",
        "Asia/Yangon",
      ]),
    );
    expect(zones).not.toContain("Asia/Calcutta");
    expect(knownZones().filter((z) => z === "Asia/Kolkata")).toHaveLength(1);
    expect(knownZones()).not.toContain("Europe/Kiev");
  });

  it("carries each zone's offset on the meeting's date", () => {
    const offset = (index: typeof summer, zone: string) => index.find((e) => e.zone === zone)?.offsetMinutes;
    expect(offset(summer, "Europe/London")).toBe(60);
    expect(offset(winter, "Europe/London")).toBe(0);
    expect(offset(summer, "Asia/Kathmandu")).toBe(345);
    expect(offset(winter, "Australia/Sydney")).toBe(660);
  });
});

describe("zone search", () => {
  it.each([
    ["Kolkata", "Asia/Kolkata"],
    ["Calcutta", "Asia/Kolkata"],
    ["Mumbai", "Asia/Kolkata"],
    ["Kathmandu", "Asia/Kathmandu"],
    ["katmandu", "Asia/Kathmandu"],
    ["Kyiv", "Europe/Kyiv"],
    ["Kiev", "Europe/Kyiv"],
    ["Saigon", "Asia/Ho_Chi_Minh"],
    ["ho chi minh", "Asia/Ho_Chi_Minh"],
    ["Rangoon", "Asia/Yangon"],
    ["Osaka", "Asia/Tokyo"],
    ["JST", "Asia/Tokyo"],
    ["jst", "Asia/Tokyo"],
    ["PST", "America/Los_Angeles"],
    ["PDT", "America/Los_Angeles"],
    ["CET", "Europe/Berlin"],
    ["IST", "Asia/Kolkata"],
    ["Japan", "Asia/Tokyo"],
    ["日本", "Asia/Tokyo"],
    ["Nepal", "Asia/Kathmandu"],
    ["new york", "America/New_York"],
    ["Sao Paulo", "America/Sao_Paulo"],
    ["Buenos Aires", "America/Argentina/Buenos_Aires"],
    ["GMT+9", "Asia/Tokyo"],
    ["UTC+5:30", "Asia/Kolkata"],
    ["+05:45", "Asia/Kathmandu"],
    ["UTC", "UTC"],
  ])("%j finds %s first", (query, zone) => {
    expect(top(query)).toBe(zone);
  });

  it("says what found a zone that is not its name", () => {
    const [osaka] = searchZones(summer, "Osaka");
    expect(osaka?.via).toMatchObject({ kind: "city", text: "Osaka" });
    const [calcutta] = searchZones(summer, "Asia/Calcutta");
    expect(calcutta?.entry.zone).toBe("Asia/Kolkata");
    expect(calcutta?.via).toMatchObject({ kind: "formerly", text: "Asia/Calcutta" });
    expect(searchZones(summer, "Berlin")[0]?.via).toBeUndefined();
  });

  it("matches an offset as it is on the meeting's date", () => {
    const zones = (index: typeof summer, q: string) => searchZones(index, q).map((m) => m.entry.zone);
    expect(zones(summer, "GMT+1")).toContain("Europe/London");
    expect(zones(winter, "GMT+1")).not.toContain("Europe/London");
    expect(zones(winter, "GMT+0")).toContain("Europe/London");
    expect(zones(summer, "GMT+9").every((z) => summer.find((e) => e.zone === z)?.offsetMinutes === 540)).toBe(
      true,
    );
  });

  it("puts the viewer's zone, then recent, then common zones first", () => {
    const preferred = ["Asia/Kathmandu", "Europe/Lisbon", ...COMMON_ZONES];
    const all = searchZones(summer, "", preferred).map((m) => m.entry.zone);
    expect(all.slice(0, 4)).toEqual(["Asia/Kathmandu", "Europe/Lisbon", "UTC", "Asia/Shanghai"]);
    expect(all.length).toBe(summer.length);
    // Among equally good matches, a preferred zone wins: Dublin's IST over Kolkata's when it is the viewer's.
    expect(top("IST", summer, ["Europe/Dublin"])).toBe("Europe/Dublin");
  });

  it("ranks a whole word above a part of one", () => {
    const zones = searchZones(summer, "lon", COMMON_ZONES).map((m) => m.entry.zone);
    expect(zones[0]).toBe("Europe/London");
    // Longyearbyen starts with "lon"; Madrid only has it inside "Barcelona".
    expect(zones.indexOf("Arctic/Longyearbyen")).toBeGreaterThan(0);
    expect(zones.indexOf("Europe/Madrid")).toBeGreaterThan(zones.indexOf("Arctic/Longyearbyen"));
    expect(searchZones(summer, "zzzz")).toEqual([]);
  });

  it.each([
    ["GMT+9", 540],
    ["gmt + 9", 540],
    ["UTC-3:30", -210],
    ["+05:45", 345],
    ["+0545", 345],
    ["\u22125", -300],
    ["-12", -720],
    ["+14", 840],
    ["+15", null],
    ["GMT", null],
    ["Kolkata", null],
    ["+5:75", null],
  ])("parseOffsetQuery(%j) = %j", (query, minutes) => {
    expect(parseOffsetQuery(query)).toBe(minutes);
  });
});
