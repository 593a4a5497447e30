import "server-only";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { redactUrl } from "./redact-url";

const CANARY = "CANARYSIG";
// The UserSig alphabet: base64 with + / = swapped for * - _ (trtc-api.md §5.1).
const sigArb = fc.stringMatching(/^[A-Za-z0-9*_-]{0,40}$/).map((s) => `${s}${CANARY}${s}`);
const paramArb = fc.tuple(fc.stringMatching(/^[a-z]{1,8}$/), fc.stringMatching(/^[A-Za-z0-9._~-]{0,12}$/));

describe("redactUrl", () => {
  it("removes the usersig value wherever it sits in the query, in any letter case", () => {
    fc.assert(
      fc.property(
        fc.webUrl({ withQueryParameters: false, withFragments: false }),
        fc.array(paramArb, { maxLength: 4 }),
        fc.nat(4),
        fc.constantFrom("usersig", "UserSig", "USERSIG"),
        sigArb,
        fc.boolean(),
        (base, params, at, name, sig, withHash) => {
          const query = params.map(([k, v]) => `${k}=${v}`);
          query.splice(Math.min(at, query.length), 0, `${name}=${sig}`);
          const url = `${base}?${query.join("&")}${withHash ? "#frag" : ""}`;
          const out = redactUrl(url);
          expect(out).not.toContain(CANARY);
          expect(out).toContain(`${name}=REDACTED`);
          for (const [k, v] of params) expect(out).toContain(`${k}=${v}`);
        },
      ),
    );
  });

  it("removes it from free text, JSON and percent-encoded nested URLs", () => {
    fc.assert(
      fc.property(fc.webUrl(), sigArb, fc.string(), (base, sig, noise) => {
        const url = `${base.split("?")[0]}?sdkappid=1&usersig=${sig}&random=7`;
        const texts = [
          `fetch failed: ${url} (${noise})`,
          JSON.stringify({ info: `bad ${url}`, noise }),
          `https://proxy.example/?target=${encodeURIComponent(url)}`,
          `usersig=${sig}`,
        ];
        for (const text of texts) expect(redactUrl(text)).not.toContain(CANARY);
        const json = redactUrl(JSON.stringify({ info: url, noise }));
        expect(() => JSON.parse(json) as unknown).not.toThrow();
      }),
    );
  });

  it("accepts URL objects and leaves URLs without a sig unchanged", () => {
    expect(redactUrl(new URL("https://a.example/v4/x?usersig=abc&random=1"))).toBe(
      "https://a.example/v4/x?usersig=REDACTED&random=1",
    );
    expect(redactUrl("https://a.example/v4/x?sig=1&xusersig=2")).toBe(
      "https://a.example/v4/x?sig=1&xusersig=2",
    );
  });
});
