/**
 * Turns an uploaded sheet's bytes into text, saying which encoding was used. Excel in Japan saves CSV as
 * Shift_JIS (Windows code page 932); elsewhere it saves UTF-8, with a byte order mark when "CSV UTF-8" is
 * chosen. UTF-8 is tried first and strictly: Shift_JIS text is practically never valid UTF-8, so a strict
 * failure is the signal to read it as Shift_JIS. The WHATWG "shift_jis" decoder (Node's full ICU and every
 * browser) is CP932, vendor characters such as ① and ㈱ included.
 */
export type FileEncoding = "utf-8" | "utf-8-bom" | "shift_jis";

export type DecodeRefusal = "empty" | "workbook" | "utf16" | "binary" | "undecodable";

export type DecodedSheet =
  { ok: true; text: string; encoding: FileEncoding } | { ok: false; refusal: DecodeRefusal };

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

const ZIP = [0x50, 0x4b, 0x03, 0x04]; // .xlsx, .ods
const OLE = [0xd0, 0xcf, 0x11, 0xe0]; // .xls
const UTF8_BOM = [0xef, 0xbb, 0xbf];

function strictly(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

export function decodeSheet(bytes: Uint8Array): DecodedSheet {
  if (bytes.length === 0) return { ok: false, refusal: "empty" };
  if (startsWith(bytes, ZIP) || startsWith(bytes, OLE)) return { ok: false, refusal: "workbook" };
  // Excel's "Unicode text" is UTF-16 with a byte order mark.
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]))
    return { ok: false, refusal: "utf16" };
  if (bytes.includes(0)) return { ok: false, refusal: "binary" };
  if (startsWith(bytes, UTF8_BOM)) {
    const text = strictly("utf-8", bytes.subarray(UTF8_BOM.length));
    return text === null ? { ok: false, refusal: "undecodable" } : { ok: true, text, encoding: "utf-8-bom" };
  }
  const utf8 = strictly("utf-8", bytes);
  if (utf8 !== null) return { ok: true, text: utf8, encoding: "utf-8" };
  const sjis = strictly("shift_jis", bytes);
  if (sjis !== null) return { ok: true, text: sjis, encoding: "shift_jis" };
  return { ok: false, refusal: "undecodable" };
}
