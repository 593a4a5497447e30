import { describe, expect, it } from "vitest";
import { canonicalZone, nameIntlAccepts, namesOf } from "./canonical";

describe("canonical zone names", () => {
  it.each([
    ["Asia/Calcutta", "Asia/Kolkata"],
    ["Asia/Katmandu", "Asia/Kathmandu"],
    ["Europe/Kiev", "Europe/Kyiv"],
    ["Asia/Saigon", "Asia/Ho_Chi_Minh"],
    ["Asia/Rangoon", "Asia/Yangon"],
    ["America/Buenos_Aires", "America/Argentina/Buenos_Aires"],
    ["Pacific/Enderbury", "Pacific/Kanton"],
  ])("%s is now %s", (old, current) => {
    expect(canonicalZone(old)).toBe(current);
  });

  it("leaves current and unknown names alone", () => {
    expect(canonicalZone("Asia/Kolkata")).toBe("Asia/Kolkata");
    expect(canonicalZone("Europe/Berlin")).toBe("Europe/Berlin");
    expect(canonicalZone("Mars/Olympus")).toBe("Mars/Olympus");
  });

  it("lists the asked name first, then the others", () => {
    expect(namesOf("Europe/Kyiv")).toEqual([
      "Europe/Kyiv",
      "Europe/Kiev",
      "Europe/Uzhgorod",
      "Europe/Zaporozhye",
    ]);
    expect(namesOf("Europe/Kiev")[0]).toBe("Europe/Kiev");
  });

  it("falls back to an old name when the engine lacks the current one", () => {
    const oldEngine = (name: string) => name !== "Europe/Kyiv";
    expect(nameIntlAccepts("Europe/Kyiv", oldEngine)).toBe("Europe/Kiev");
    expect(nameIntlAccepts("Europe/Kyiv", () => true)).toBe("Europe/Kyiv");
    expect(nameIntlAccepts("Mars/Olympus", () => false)).toBeNull();
  });
});
