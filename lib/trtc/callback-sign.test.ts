import { describe, expect, it } from "vitest";
import { callbackSign, callbackSignMatches } from "./callback-sign";

describe("callback Sign (docs/trtc-api.md §6.5)", () => {
  it("matches Tencent's documented example", () => {
    expect(callbackSign("xxxxyyyy", 1669872112)).toBe(
      "17773bc39a671d7b9aa835458704d2a6db81360a5940292b587d6d760d484061",
    );
  });

  it("accepts the right Sign in either case and refuses any other", () => {
    const sign = callbackSign("xxxxyyyy", "1669872112");
    expect(callbackSignMatches("xxxxyyyy", "1669872112", sign)).toBe(true);
    expect(callbackSignMatches("xxxxyyyy", "1669872112", sign.toUpperCase())).toBe(true);
    expect(callbackSignMatches("xxxxyyyy", "1669872113", sign)).toBe(false);
    expect(callbackSignMatches("other", "1669872112", sign)).toBe(false);
    expect(callbackSignMatches("xxxxyyyy", "1669872112", "")).toBe(false);
  });
});
