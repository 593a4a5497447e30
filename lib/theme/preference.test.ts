import { describe, expect, it } from "vitest";
import { colorSchemeOf, themeFromCookie } from "./preference";

describe("the saved colour scheme", () => {
  it("is one of system, light and dark; anything else in the cookie means the system's", () => {
    expect(themeFromCookie("dark")).toBe("dark");
    expect(themeFromCookie("light")).toBe("light");
    expect(themeFromCookie(undefined)).toBe("system");
    expect(themeFromCookie("Dark")).toBe("system");
    expect(themeFromCookie('dark" onload="x')).toBe("system");
  });

  it("tells the browser which schemes it may paint before the stylesheet", () => {
    expect(colorSchemeOf("system")).toBe("light dark");
    expect(colorSchemeOf("dark")).toBe("dark");
    expect(colorSchemeOf("light")).toBe("light");
  });
});
