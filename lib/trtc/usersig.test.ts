import { deflateSync } from "node:zlib";
import fc from "fast-check";
import tlsSigApi from "tls-sig-api-v2";
import { afterEach, describe, expect, it, vi } from "vitest";
import { decodeUserSig, genUserSig, verifyUserSig, type UserSigClaims } from "./usersig";

const { Api } = tlsSigApi;

// docs/trtc-api.md §5.2, produced by the official package with Date.now fixed.
const VECTOR = {
  key: "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e",
  claims: { identifier: "administrator", sdkAppId: 1400000000, time: 1700000000, expire: 86400 },
  json: '{"TLS.ver":"2.0","TLS.identifier":"administrator","TLS.sdkappid":1400000000,"TLS.time":1700000000,"TLS.expire":86400,"TLS.sig":"yLAe+w7WUeUuqbV9h/TX78u21oTGi+i9Zp1u3PpnY60="}',
  sig: "yLAe+w7WUeUuqbV9h/TX78u21oTGi+i9Zp1u3PpnY60=",
  userSig:
    "eJyrVgrxCdYrSy1SslIy0jNQ0gHzM1NS80oy0zLBwokpuZl5mcUlRYkl*UVQBcUp2YkFBZkpSlaGJgZQAJEpycxNVbIyNEcVTa0oyCxKVbKyMDOBCRVnpitZKVX6OKZql5uHh6aGlhYmhVlm6IdEmFuUGhnmh7hnamdaRhUYlhoHFORFmhnYKtUCAK0SM5I_",
};

/** Re-encodes a UserSig document the way the libraries do, so tests can forge variants of a real one. */
function encode(doc: Record<string, unknown>): string {
  const b64 = deflateSync(Buffer.from(JSON.stringify(doc))).toString("base64");
  return b64.replace(/\+/g, "*").replace(/\//g, "-").replace(/=/g, "_");
}

const userIdArb = fc.stringMatching(/^[A-Za-z0-9_-]{1,32}$/);
const claimsArb = fc.record({
  identifier: userIdArb,
  sdkAppId: fc.integer({ min: 1, max: 0xffff_ffff }),
  time: fc.integer({ min: 1_500_000_000, max: 2_100_000_000 }),
  expire: fc.integer({ min: 1, max: 5 * 365 * 86400 }),
});
const keyArb = fc.oneof(fc.stringMatching(/^[0-9a-f]{64}$/), fc.string({ minLength: 1, maxLength: 80 }));

function officialSig(key: string, c: UserSigClaims, subSecondMs: number): string {
  // The official package reads the clock itself; pin it to the same second (any millisecond inside it).
  vi.spyOn(Date, "now").mockReturnValue(c.time * 1000 + subSecondMs);
  try {
    return new Api(c.sdkAppId, key).genUserSig(c.identifier, c.expire);
  } finally {
    vi.restoreAllMocks();
  }
}

afterEach(() => vi.restoreAllMocks());

describe("UserSig test vector (docs/trtc-api.md §5.2)", () => {
  it("encodes the documented JSON and TLS.sig", () => {
    const doc = decodeUserSig(genUserSig(VECTOR.key, VECTOR.claims));
    expect(doc).toEqual(JSON.parse(VECTOR.json));
    expect(doc?.["TLS.sig"]).toBe(VECTOR.sig);
    expect(JSON.stringify(doc)).toBe(VECTOR.json);
  });

  it("decodes and verifies the documented UserSig", () => {
    expect(decodeUserSig(VECTOR.userSig)).toEqual(JSON.parse(VECTOR.json));
    const expected = { sdkAppId: 1400000000, identifier: "administrator" };
    expect(verifyUserSig(VECTOR.key, expected, VECTOR.userSig, 1700000000)).toEqual({
      ok: true,
      claims: VECTOR.claims,
    });
  });
});

describe("UserSig against the official tls-sig-api-v2 package", () => {
  it("produces the same document for any identifier, app, key, time and expiry", () => {
    fc.assert(
      fc.property(keyArb, claimsArb, fc.integer({ min: 0, max: 999 }), (key, c, ms) => {
        const theirs = decodeUserSig(officialSig(key, c, ms));
        expect(theirs).not.toBeNull();
        expect(decodeUserSig(genUserSig(key, c))).toEqual(theirs);
      }),
      { numRuns: 200 },
    );
  });

  it("verifies our sigs and the official ones until they expire", () => {
    fc.assert(
      fc.property(keyArb, claimsArb, fc.integer({ min: 0, max: 999 }), (key, c, ms) => {
        const expected = { sdkAppId: c.sdkAppId, identifier: c.identifier };
        for (const sig of [genUserSig(key, c), officialSig(key, c, ms)]) {
          expect(verifyUserSig(key, expected, sig, c.time)).toEqual({ ok: true, claims: c });
          // Tencent's rule is `now > time + expire`, so the last second is still valid.
          expect(verifyUserSig(key, expected, sig, c.time + c.expire).ok).toBe(true);
          expect(verifyUserSig(key, expected, sig, c.time + c.expire + 1)).toEqual({
            ok: false,
            reason: "expired",
          });
        }
      }),
      { numRuns: 100 },
    );
  });

  it("refuses a wrong app, identifier or key with the matching reason", () => {
    fc.assert(
      fc.property(keyArb, keyArb, claimsArb, userIdArb, (key, otherKey, c, otherId) => {
        fc.pre(key !== otherKey && otherId !== c.identifier);
        const sig = officialSig(key, c, 0);
        const now = c.time;
        const otherApp = c.sdkAppId === 1 ? 2 : c.sdkAppId - 1;
        expect(verifyUserSig(key, { sdkAppId: otherApp, identifier: c.identifier }, sig, now)).toEqual({
          ok: false,
          reason: "sdkappid-mismatch",
        });
        expect(verifyUserSig(key, { sdkAppId: c.sdkAppId, identifier: otherId }, sig, now)).toEqual({
          ok: false,
          reason: "identifier-mismatch",
        });
        expect(verifyUserSig(otherKey, { sdkAppId: c.sdkAppId, identifier: c.identifier }, sig, now)).toEqual(
          {
            ok: false,
            reason: "bad-signature",
          },
        );
      }),
      { numRuns: 100 },
    );
  });

  it("refuses tampered claims, a tampered signature and garbage", () => {
    fc.assert(
      fc.property(keyArb, claimsArb, (key, c) => {
        const expected = { sdkAppId: c.sdkAppId, identifier: c.identifier };
        const doc = decodeUserSig(officialSig(key, c, 0)) as Record<string, unknown>;
        // Stretching the lifetime without the key must not verify.
        const longer = encode({ ...doc, "TLS.expire": c.expire + 86400 });
        expect(verifyUserSig(key, expected, longer, c.time)).toEqual({ ok: false, reason: "bad-signature" });
        const sig = String(doc["TLS.sig"]);
        const flipped = (sig[0] === "A" ? "B" : "A") + sig.slice(1);
        expect(verifyUserSig(key, expected, encode({ ...doc, "TLS.sig": flipped }), c.time)).toEqual({
          ok: false,
          reason: "bad-signature",
        });
        const unsigned = { ...doc };
        delete unsigned["TLS.sig"];
        expect(verifyUserSig(key, expected, encode(unsigned), c.time)).toEqual({
          ok: false,
          reason: "malformed",
        });
      }),
      { numRuns: 100 },
    );
    const expected = { sdkAppId: 1400000000, identifier: "administrator" };
    for (const garbage of ["", "not-a-sig", VECTOR.userSig.slice(0, 40), encode({ hello: "world" })]) {
      expect(verifyUserSig(VECTOR.key, expected, garbage, 1700000000)).toEqual({
        ok: false,
        reason: "malformed",
      });
    }
  });
});
