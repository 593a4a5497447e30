import { describe, expect, it } from "vitest";
import { parseQuery } from "@/lib/support/parse-query";
import { translator } from "./catalogs";
import { describeQuery } from "./describe-query";

const RID = "Id-0123456789abcdef0123456789abcdef-O-Seq-42";
const en = translator("en");

describe("describeQuery", () => {
  it("says what the box will search for", () => {
    expect(describeQuery(en, parseQuery(RID))).toBe(`RequestId ${RID}`);
    expect(describeQuery(en, parseQuery("100003"))).toBe("ErrorCode 100003");
    expect(describeQuery(en, parseQuery(""))).toBe("All calls");
    expect(describeQuery(en, parseQuery("qr-2027-berlin"))).toBe("RoomId or user qr-2027-berlin");
  });

  it.each([
    ["x".repeat(5000), "That is too long to be a RequestId or RoomId."],
    ["code=12a", "An ErrorCode is digits only."],
    ["Id-abc!def12", "A RequestId looks like Id-<32 hex>-O-Seq-<n>."],
    ["Id-0123", "Paste at least 8 characters of a RequestId."],
    ["<script>", "Use a RequestId, a RoomId, a user id or an ErrorCode (letters, digits, _ - . @ :)."],
  ])("says why %j is not searched for", (text, words) => {
    expect(describeQuery(en, parseQuery(text))).toBe(words);
  });

  it("says it in Japanese and Chinese", () => {
    expect(describeQuery(translator("ja"), parseQuery("Id-0123"))).toBe(
      "RequestId を 8 文字以上貼り付けてください。",
    );
    expect(describeQuery(translator("zh-Hans"), parseQuery("Id-0123"))).toBe(
      "请至少粘贴 RequestId 的 8 个字符。",
    );
    expect(describeQuery(translator("ja"), parseQuery("Id-abc!def12"))).toBe(
      "RequestId は Id-<32 桁の 16 進数>-O-Seq-<n> の形式です。",
    );
    expect(describeQuery(translator("zh-Hans"), parseQuery("x".repeat(5000)))).toBe(
      "内容太长，不可能是 RequestId 或 RoomId。",
    );
  });
});
