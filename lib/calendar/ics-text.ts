/** RFC 5545 text rules: escaping (§3.3.11), folding at 75 octets (§3.1), CRLF line ends. */

const encoder = new TextEncoder();

// RFC 5545 CONTROL (§3.1): no content value may hold one, except HTAB; line breaks in TEXT are escaped first.
const CONTROL_EXCEPT_TAB = /[\x00-\x08\x0a-\x1f\x7f]/g;

/** TEXT: escaped per §3.3.11; any other control character becomes U+FFFD, so what is shown stays one line. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n")
    .replace(CONTROL_EXCEPT_TAB, "\uFFFD");
}

// What escapeText turns into U+FFFD: every control character but HTAB and the line breaks it escapes.
const UNSHOWABLE = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g;

/**
 * TEXT for a writer that escapes backslash, `;`, `,` and line breaks itself (as §3.3.11 says) but passes
 * other control characters through: with this first, its output is escapeText's.
 */
export const showableText = (value: string) => value.replace(UNSHOWABLE, "\uFFFD");

/** A parameter value with `:`, `;` or `,` must be quoted; DQUOTE itself cannot appear, so it is dropped. */
export function paramValue(value: string): string {
  const clean = value
    .replace(/"/g, "")
    .replace(/[\r\n]+/g, " ")
    .replace(CONTROL_EXCEPT_TAB, " ");
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

/**
 * Splits a content line into chunks of at most 75 octets, never inside a UTF-8 sequence. Continuation
 * lines begin with one space, which counts towards their 75.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = "";
  let bytes = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    const limit = out.length === 0 ? 75 : 74;
    if (bytes + size > limit) {
      out.push(current);
      current = "";
      bytes = 0;
    }
    current += ch;
    bytes += size;
  }
  out.push(current);
  return out.join("\r\n ");
}

/** Joins content lines into an iCalendar stream: every line folded and ended with CRLF. */
export function toIcsStream(lines: readonly string[]): string {
  return lines.map((l) => `${foldLine(l)}\r\n`).join("");
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** Epoch seconds as a DATE-TIME read on a UTC clock shifted by `offsetMinutes` (local form, no Z). */
export function localDateTime(epochSeconds: number, offsetMinutes: number): string {
  const d = new Date((epochSeconds + offsetMinutes * 60) * 1000);
  return (
    `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`
  );
}

export const utcDateTime = (epochSeconds: number) => `${localDateTime(epochSeconds, 0)}Z`;

/** 120 → "+0200", -570 → "-0930". */
export function icsOffset(minutes: number): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? "-" : "+"}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}
