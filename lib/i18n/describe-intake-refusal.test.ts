import { describe, expect, it } from "vitest";
import type { IntakeRefusal } from "@/lib/bulk/refusals";
import { translator } from "./catalogs";
import { describeIntakeRefusal } from "./describe-intake-refusal";
import { LOCALES } from "./locales";

const REFUSALS: IntakeRefusal[] = [
  { reason: "tooLarge", bytes: null, max: 2 * 1024 * 1024 },
  { reason: "tooLarge", bytes: 3_000_000, max: 2 * 1024 * 1024 },
  { reason: "notMultipart" },
  { reason: "noSheet" },
  { reason: "badMapping" },
  { reason: "unknownZone", zone: "Mars/Olympus" },
  { reason: "empty" },
  { reason: "workbook" },
  { reason: "utf16" },
  { reason: "binary" },
  { reason: "undecodable" },
  { reason: "noHeader" },
  { reason: "noRows" },
  { reason: "tooManyRows", rows: 5001, max: 5000 },
  { reason: "unclosedQuote", row: 7 },
  { reason: "mappingLength", columns: 4, given: 3 },
  { reason: "mappedTwice", column: "time", indexes: [1, 27] },
];

describe("a sheet that cannot be read, in words", () => {
  it("names the part and the limit", () => {
    const en = translator("en");
    expect(describeIntakeRefusal(en, REFUSALS[1]!)).toBe(
      "The sheet is 3,000,000 bytes; the limit is 2,097,152 bytes (2 MB).",
    );
    expect(describeIntakeRefusal(en, REFUSALS[16]!)).toBe(
      "Columns B and AB both fill Start time: choose one.",
    );
    expect(describeIntakeRefusal(translator("ja"), REFUSALS[13]!)).toBe(
      "シートは 5,001 行です。1 ジョブの上限は 5,000 行です。複数のシートに分けてください。",
    );
  });

  it("has a sentence for every refusal in every language", () => {
    for (const locale of LOCALES) {
      const t = translator(locale);
      for (const refusal of REFUSALS)
        expect(describeIntakeRefusal(t, refusal), locale).not.toMatch(/^bulk\./);
    }
  });
});
