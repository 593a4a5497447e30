import { describe, expect, it } from "vitest";
import { encodeShiftJis } from "@/tests/shift-jis";
import { decodeSheet } from "./decode";

const utf8 = (text: string) => new TextEncoder().encode(text);
const withBom = (bytes: Uint8Array) => new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
const SHEET = "会議名,日付\n新人研修①,2027/4/5\n";

describe("decoding a sheet", () => {
  it("reads UTF-8 and says so", () => {
    expect(decodeSheet(utf8(SHEET))).toEqual({ ok: true, text: SHEET, encoding: "utf-8" });
  });

  it("reads UTF-8 with a byte order mark and drops the mark", () => {
    expect(decodeSheet(withBom(utf8(SHEET)))).toEqual({ ok: true, text: SHEET, encoding: "utf-8-bom" });
  });

  it("reads Excel's Shift_JIS (CP932, with its vendor characters) when the bytes are not UTF-8", () => {
    const bytes = encodeShiftJis(SHEET);
    expect([...bytes.subarray(0, 2)]).toEqual([0x89, 0xef]); // 会
    expect(decodeSheet(bytes)).toEqual({ ok: true, text: SHEET, encoding: "shift_jis" });
  });

  it("keeps plain ASCII as UTF-8, which it also is", () => {
    expect(decodeSheet(encodeShiftJis("Room ID\nr-1\n"))).toMatchObject({ ok: true, encoding: "utf-8" });
  });

  it("names what it cannot read instead of guessing", () => {
    expect(decodeSheet(new Uint8Array())).toEqual({ ok: false, refusal: "empty" });
    expect(decodeSheet(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]))).toEqual({
      ok: false,
      refusal: "workbook",
    });
    expect(decodeSheet(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1]))).toEqual({
      ok: false,
      refusal: "workbook",
    });
    expect(decodeSheet(new Uint8Array([0xff, 0xfe, 0x41, 0x00]))).toEqual({ ok: false, refusal: "utf16" });
    expect(decodeSheet(new Uint8Array([0x41, 0x00, 0x42]))).toEqual({ ok: false, refusal: "binary" });
    // A lead byte with no valid trail byte is neither UTF-8 nor Shift_JIS.
    expect(decodeSheet(new Uint8Array([0x41, 0x81, 0x20]))).toEqual({ ok: false, refusal: "undecodable" });
    expect(decodeSheet(withBom(new Uint8Array([0x89, 0xef])))).toEqual({ ok: false, refusal: "undecodable" });
  });
});
