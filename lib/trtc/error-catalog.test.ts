import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/catalogs";
import { trtcCodeWords } from "@/lib/i18n/describe-trtc-code";
import { en } from "@/lib/i18n/messages/en";
import { describeTrtcError, TRTC_ERROR_CATALOG } from "./error-catalog";

const english = translator("en");

// Copied from the §3 and §4 tables of docs/trtc-api.md; CI cannot rely on the shared folder being mounted.
const COMMON_CODES = [
  60002, 60003, 60004, 60005, 60006, 60007, 60008, 60009, 60010, 60011, 60012, 60013, 60014, 60015, 60016,
  60017, 60018, 60019, 60020, 70001, 70002, 70003, 70005, 70009, 70013, 70014, 70016, 70020, 70050, 70051,
  70052, 70107, 70114, 70169, 70206, 70398, 70402, 70403, 70500, 80001, 80002,
];
const ROOM_CODES = [
  100001, 100002, 100003, 100004, 100005, 100006, 100007, 100010, 100011, 100012, 100200, 100202, 100203,
  100205, 100210, 100211, 100300, 100301, 100302,
];

/** What each code is about, in the words of the same tables: the catalog's meaning must say so. */
const MEANING_SAYS: Record<number, RegExp> = {
  60002: /parse the HTTP request/i,
  60003: /parse the request JSON/i,
  60004: /identifier or UserSig/i,
  60005: /identifier or UserSig/i,
  60006: /SDKAppID is not valid/i,
  60007: /too many REST calls/i,
  60008: /timed out|malformed/i,
  60009: /resource error/i,
  60010: /not an app admin/i,
  60011: /too many requests for this SDKAppID/i,
  60012: /SDKAppID was missing/i,
  60013: /JSON response/i,
  60014: /timed out while exchanging the account/i,
  60015: /wrong type/i,
  60016: /SDKAppID is disabled/i,
  60017: /request is disabled/i,
  60018: /too many requests/i,
  60019: /too many requests/i,
  60020: /no package/i,
  70001: /UserSig has expired/i,
  70002: /UserSig was empty/i,
  70003: /UserSig failed verification/i,
  70005: /UserSig failed verification/i,
  70009: /key does not match the SDKAppID/i,
  70013: /identifier does not match/i,
  70014: /SDKAppID does not match/i,
  70016: /no key/i,
  70020: /SDKAppID was not found/i,
  70050: /too many failed/i,
  70051: /blacklisted/i,
  70052: /UserSig was invalidated/i,
  70107: /account does not exist/i,
  70114: /security/i,
  70169: /timed out internally/i,
  70206: /batch size/i,
  70398: /account limit/i,
  70402: /parameters/i,
  70403: /admin rights/i,
  70500: /internal error/i,
  80001: /sensitive-word/i,
  80002: /too long/i,
  100001: /internal error/i,
  100002: /parameter is not valid/i,
  100003: /already exists/i,
  100004: /room does not exist or was destroyed/i,
  100005: /not a member/i,
  100006: /lacks permission/i,
  100007: /no payment information or package/i,
  100010: /operator owns it/i,
  100011: /Chat group/i,
  100012: /created twice within one second/i,
  100200: /seat is locked/i,
  100202: /already applying for a seat/i,
  100203: /already on a seat/i,
  100205: /all seats are taken/i,
  100210: /already on that seat/i,
  100211: /does not use seats/i,
  100300: /callback configuration already exists/i,
  100301: /no callback configuration exists/i,
  100302: /no callback token/i,
};
const SENTENCE = /^[A-Z].*[.)]$/;

describe("TRTC error catalog", () => {
  it.each([...COMMON_CODES, ...ROOM_CODES])("describes %i in words an operator can act on", (code) => {
    expect(describeTrtcError(code)).toMatchObject({ code, known: true });
    const entry = trtcCodeWords(english, code);
    expect(entry.meaning).toMatch(MEANING_SAYS[code]!);
    expect(entry.meaning).toMatch(SENTENCE);
    expect(entry.action).toMatch(SENTENCE);
    expect(entry.action).not.toBe(entry.meaning);
  });

  it("has an expected meaning for every documented code", () => {
    expect(Object.keys(MEANING_SAYS).map(Number).sort()).toEqual([...COMMON_CODES, ...ROOM_CODES].sort());
  });

  it("lists nothing beyond the documented tables", () => {
    const listed = Object.keys(TRTC_ERROR_CATALOG).map(Number).sort();
    expect(listed).toEqual([...COMMON_CODES, ...ROOM_CODES].sort());
  });

  it("has words for exactly the codes it lists", () => {
    const listed = Object.keys(TRTC_ERROR_CATALOG).sort();
    expect(Object.keys(en.trtcCode.meaning).sort()).toEqual(listed);
    expect(Object.keys(en.trtcCode.action).sort()).toEqual(listed);
  });

  it("says a room ID clash the way the support page always has", () => {
    expect(trtcCodeWords(english, 100003)).toEqual({
      meaning: "A room with this ID already exists.",
      action: "Use another room ID or open the existing room.",
    });
    expect(trtcCodeWords(english, 70050).action).toBe(
      "Check the SDKAppID, admin user ID and secret key in the server settings. Then wait a minute.",
    );
  });

  it("says what a code means in the viewer's language", () => {
    expect(trtcCodeWords(translator("ja"), 100003)).toEqual({
      meaning: "このIDのルームはすでに存在します。",
      action: "別のルームIDを使うか、既存のルームを開いてください。",
    });
    expect(trtcCodeWords(translator("zh-Hans"), 100003)).toEqual({
      meaning: "此 ID 的房间已存在。",
      action: "请换一个房间 ID，或打开已有的房间。",
    });
    expect(trtcCodeWords(translator("ja"), 100205).meaning).toBe("座席がすべて埋まっています。");
    expect(trtcCodeWords(translator("zh-Hans"), 100205).meaning).toBe("麦位已满。");
    expect(trtcCodeWords(translator("ja"), 123456).meaning).toBe("Tencent からの不明なエラーコード 123456");
    expect(trtcCodeWords(translator("zh-Hans"), 123456).meaning).toBe("腾讯云返回了未知错误码 123456");
  });

  it("follows the retry policy of docs/security.md 19", () => {
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
          expect(describeTrtcError(code)).toMatchObject({
            code,
            known: false,
            retryable: "no",
            category: "unknown",
          });
          expect(trtcCodeWords(english, code)).toEqual({
            meaning: `Unknown error code ${code} from Tencent`,
            action:
              "Look the code up in Tencent's error-code documentation and keep the RequestId for support.",
          });
        },
      ),
    );
  });
});
