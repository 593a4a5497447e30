import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describeTrtcError, TRTC_ERROR_CATALOG } from "./error-catalog";

// Copied from the §3 and §4 tables of trtc-api.md; CI cannot rely on the shared folder being mounted.
const COMMON_CODES = [
  60002, 60003, 60004, 60005, 60006, 60007, 60008, 60009, 60010, 60011, 60012, 60013, 60014, 60015, 60016,
  60017, 60018, 60019, 60020, 70001, 70002, 70003, 70005, 70009, 70013, 70014, 70016, 70020, 70050, 70051,
  70052, 70107, 70114, 70169, 70206, 70398, 70402, 70403, 70500, 80001, 80002,
];
const ROOM_CODES = [
  100001, 100002, 100003, 100004, 100005, 100006, 100007, 100010, 100011, 100012, 100200, 100202, 100203,
  100205, 100210, 100211, 100300, 100301, 100302,
];

describe("TRTC error catalog", () => {
  it.each([...COMMON_CODES, ...ROOM_CODES])("describes %i", (code) => {
    const entry = describeTrtcError(code);
    expect(entry).toMatchObject({ code, known: true });
    expect(entry.meaning.length).toBeGreaterThan(5);
    expect(entry.action.length).toBeGreaterThan(5);
  });

  it("lists nothing beyond the documented tables", () => {
    const listed = Object.keys(TRTC_ERROR_CATALOG).map(Number).sort();
    expect(listed).toEqual([...COMMON_CODES, ...ROOM_CODES].sort());
  });

  it("follows the retry policy of SECURITY.md 19", () => {
    expect(describeTrtcError(100001).retryable).toBe("yes");
    for (const code of [60007, 60011, 60018, 60019, 70169]) {
      expect(describeTrtcError(code).retryable).toBe("after-pause");
    }
    const retried = new Set([100001, 60007, 60011, 60018, 60019, 70169]);
    for (const code of [...COMMON_CODES, ...ROOM_CODES].filter((c) => !retried.has(c))) {
      expect(describeTrtcError(code).retryable, String(code)).toBe("no");
    }
    for (const code of COMMON_CODES.filter((c) => c >= 70000 && c < 70100)) {
      expect(describeTrtcError(code).category).toBe("auth");
    }
    expect(describeTrtcError(60004).category).toBe("auth");
    expect(describeTrtcError(60010).category).toBe("auth");
  });

  it("reports unknown codes as unknown and never retryable", () => {
    const documented = new Set([...COMMON_CODES, ...ROOM_CODES]);
    fc.assert(
      fc.property(
        fc.integer().filter((n) => !documented.has(n)),
        (code) => {
          const entry = describeTrtcError(code);
          expect(entry).toMatchObject({ code, known: false, retryable: "no", category: "unknown" });
          expect(entry.meaning).toBe(`Unknown error code ${code} from Tencent`);
        },
      ),
    );
  });
});
