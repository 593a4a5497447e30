import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CURRENT_HASH_PREFIX, hashPassword, needsRehash, verifyPassword } from "./password";

describe("argon2id password hashing", () => {
  it("writes PHC strings at m=19456, t=2, p=1 and stays well under 500 ms", async () => {
    const started = performance.now();
    const hash = await hashPassword("correct horse battery staple");
    const elapsed = performance.now() - started;
    expect(hash.startsWith("$argon2id$v=19$m=19456,t=2,p=1$")).toBe(true);
    expect(hash.startsWith(CURRENT_HASH_PREFIX)).toBe(true);
    expect(elapsed).toBeLessThan(500);
    console.log(`argon2id hash: ${elapsed.toFixed(1)} ms`);
  });

  it("verifies the right password and rejects any other, for random Unicode (NFKC-normalised)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: "grapheme", minLength: 1, maxLength: 24 }),
        fc.string({ minLength: 1, maxLength: 24 }),
        async (pw, other) => {
          const hash = await hashPassword(pw);
          expect(await verifyPassword({ hash, password: pw })).toBe(true);
          expect(await verifyPassword({ hash, password: pw.normalize("NFD") })).toBe(true);
          if (other.normalize("NFKC") !== pw.normalize("NFKC"))
            expect(await verifyPassword({ hash, password: other })).toBe(false);
        },
      ),
      { numRuns: 15 },
    );
  });

  it("treats unreadable or foreign hashes as a failed check, and flags old parameters for re-hashing", async () => {
    expect(await verifyPassword({ hash: "deadbeef:cafe", password: "x" })).toBe(false);
    expect(await verifyPassword({ hash: "$argon2id$garbage", password: "x" })).toBe(false);
    expect(needsRehash("$argon2id$v=19$m=4096,t=3,p=1$abc$def")).toBe(true);
    expect(needsRehash(await hashPassword("pw"))).toBe(false);
  });
});
