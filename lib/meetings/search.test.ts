import { describe, expect, it } from "vitest";
import { searchKind } from "./search";

describe("which kind of search the box runs", () => {
  it("counts characters, not bytes or UTF-16 units, after trimming", () => {
    expect(searchKind("abc")).toBe("substring");
    expect(searchKind(" ab ")).toBe("prefix");
    expect(searchKind("週次")).toBe("prefix");
    expect(searchKind("週次会")).toBe("substring");
    expect(searchKind("😀😀")).toBe("prefix");
  });
});
