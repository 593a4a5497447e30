import { describe, expect, it } from "vitest";
import { SHEET_COLUMNS, SHEET_COLUMN_KEYS } from "./columns";
import { headerNames } from "./header-names";
import { applyMapping, normalizeHeader, recognizeHeaders } from "./headers";
import { CATALOGS, translator } from "@/lib/i18n/catalogs";
import { LOCALES } from "@/lib/i18n/locales";

const names = headerNames();

describe("recognising headers", () => {
  it("knows the room name in English, Japanese and Chinese", () => {
    for (const header of [
      "Room name",
      "Meeting name",
      "会議名",
      "会议名称",
      "会议名",
      "room_name",
      "ＲｏｏｍＮａｍｅ",
    ])
      expect(recognizeHeaders([header], names), header).toEqual(["roomName"]);
  });

  it("knows every column by the label the schedule form gives it, in every language", () => {
    for (const locale of LOCALES) {
      const t = translator(locale);
      const headers = SHEET_COLUMNS.map((c) => t(c.label as Parameters<typeof t>[0]));
      expect(recognizeHeaders(headers, names), locale).toEqual(SHEET_COLUMN_KEYS);
    }
    expect(Object.keys(CATALOGS)).toHaveLength(LOCALES.length);
  });

  it("never lets one name point at two columns", () => {
    const owner = new Map<string, string>();
    for (const key of SHEET_COLUMN_KEYS) {
      for (const name of [key, ...names[key]]) {
        const normal = normalizeHeader(name);
        expect(owner.get(normal) ?? key, `${name} is claimed by ${owner.get(normal)} and ${key}`).toBe(key);
        owner.set(normal, key);
      }
    }
  });

  it("folds width, case, spaces and punctuation", () => {
    expect(normalizeHeader(" Room_ID ")).toBe("roomid");
    expect(normalizeHeader("所要時間（分）")).toBe("所要時間分");
    expect(recognizeHeaders(["ルーム ID", "所要時間（分）", "ＴＩＭＥ ＺＯＮＥ"], names)).toEqual([
      "roomId",
      "durationMinutes",
      "timeZone",
    ]);
  });

  it("leaves unknown headers and a second header for the same field unused", () => {
    expect(recognizeHeaders(["Budget", "会議名", "Meeting name"], names)).toEqual([null, "roomName", null]);
  });
});

describe("mapping columns by hand", () => {
  it("takes the admin's choice over recognition, null meaning not used", () => {
    expect(applyMapping(["roomName", null], [null, "roomName"])).toEqual({
      ok: true,
      mapping: [null, "roomName"],
    });
    expect(applyMapping(["roomName", null], undefined)).toEqual({ ok: true, mapping: ["roomName", null] });
  });

  it("refuses a mapping for another sheet, or one field fed from two columns", () => {
    expect(applyMapping([null, null, null], ["roomName"])).toEqual({
      ok: false,
      refusal: { reason: "mappingLength", columns: 3, given: 1 },
    });
    expect(applyMapping([null, null, null], ["date", null, "date"])).toEqual({
      ok: false,
      refusal: { reason: "mappedTwice", column: "date", indexes: [0, 2] },
    });
  });
});
