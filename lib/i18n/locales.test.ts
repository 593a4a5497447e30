import { describe, expect, it } from "vitest";
import { translator } from "./catalogs";
import { localizeMessage } from "./localize-issue";
import { localeFromAcceptLanguage, resolveLocale } from "./locales";
import { messages } from "@/lib/schemas/messages";

describe("the viewer's locale", () => {
  it.each([
    ["ja-JP,ja;q=0.9,en;q=0.8", "ja"],
    ["zh-CN,zh;q=0.9", "zh-Hans"],
    ["zh-Hans-CN", "zh-Hans"],
    ["zh-SG", "zh-Hans"],
    ["zh-TW,ja;q=0.5", "ja"],
    ["fr-FR,en;q=0.3,ja;q=0.2", "en"],
    ["en;q=0.2,ja;q=0.8", "ja"],
    ["ja;q=0", null],
    ["fr-FR", null],
    ["", null],
  ])("Accept-Language %j picks %s", (header, locale) => {
    expect(localeFromAcceptLanguage(header)).toBe(locale);
  });

  it("prefers the saved choice, then the browser, then English", () => {
    expect(resolveLocale("zh-Hans", "ja-JP")).toBe("zh-Hans");
    expect(resolveLocale("klingon", "ja-JP")).toBe("ja");
    expect(resolveLocale(undefined, "fr-FR")).toBe("en");
    expect(resolveLocale(null, null)).toBe("en");
  });
});

describe("a schema message in each language", () => {
  const wide = messages.tooManyBytes({ label: "roomId" }, "日".repeat(17), 48);

  it("names which characters cost more, counting characters and bytes", () => {
    expect(localizeMessage(translator("en"), wide)).toBe(
      "Room ID is 51 bytes; the limit is 48. Characters like 日 take 3 bytes. 17 characters here make 51 bytes.",
    );
    expect(localizeMessage(translator("ja"), wide)).toBe(
      "ルームIDは17文字で51バイトです。上限は48バイトです。「日」のような文字は1文字で3バイトになります。",
    );
    expect(localizeMessage(translator("zh-Hans"), wide)).toBe(
      "房间 ID共 17 个字符、51 字节，上限为 48 字节。像“日”这样的字符每个占 3 字节。",
    );
  });

  it("words a quoted label and a control character", () => {
    const msg = messages.controlCharacter({ label: "invitee", value: "bob\uFFFD" }, "\n");
    expect(localizeMessage(translator("ja"), msg)).toBe(
      "招待者「bob\uFFFD」に改行（U+000A）が含まれています。改行・タブなどの制御文字は使えません",
    );
  });

  it("passes a worded message through unchanged", () => {
    expect(localizeMessage(translator("ja"), "Already worded.")).toBe("Already worded.");
  });
});
