import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CURRENT_HASH_PREFIX, hashPassword, needsRehash, verifyPassword } from "./password";

describe("argon2id password hashing", () => {
  // How long a hash takes is a property of the machine: `npm run bench:password` measures it.
  it("writes PHC strings at m=19456, t=2, p=1 with a fresh salt each time", async () => {
    const [a, b] = [
      await hashPassword("correct horse battery staple"),
      await hashPassword("correct horse battery staple"),
    ];
    for (const hash of [a, b]) {
      expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
      expect(hash.startsWith(CURRENT_HASH_PREFIX)).toBe(true);
    }
    expect(a).not.toBe(b);
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
