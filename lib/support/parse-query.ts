/**
 * Reads what support pasted into the one search box. Tickets quote RequestIds in every shape (bare,
 * quoted, as a JSON line from a log), so the text is cleaned before it is classified.
 * Plain module: the browser uses it to say how the text was read, the server to build the query. It returns
 * kinds and reasons, never words: lib/i18n/describe-query.ts says them in the viewer's language.
 */
export type ParsedQuery =
  | { kind: "empty" }
  | { kind: "requestId"; value: string }
  | { kind: "requestIdPrefix"; value: string }
  | { kind: "errorCode"; value: number }
  | { kind: "room"; value: string }
  | { kind: "actor"; value: string }
  /** A bare word: RoomIds and user ids share a shape, so both are searched. */
  | { kind: "roomOrActor"; value: string }
  | { kind: "invalid"; reason: QueryRefusal; values?: { min: number } };

/** Why a text is not searched for; each has a message under support.refused in the catalog. */
export type QueryRefusal = "tooLong" | "codeDigits" | "requestIdShape" | "prefixTooShort" | "badWord";
export type InvalidQuery = Extract<ParsedQuery, { kind: "invalid" }>;

export const MAX_QUERY_LENGTH = 200;
export const MIN_PREFIX_LENGTH = 8;

const FULL_REQUEST_ID = /Id-[0-9a-f]{32}-O-Seq-\d{1,19}/i;
const KEYED =
  /^"?(requestid|request_id|roomid|room_id|room|user|userid|actor|actor_id|errorcode|error_code|code)"?\s*[:=]\s*/i;
const WRAPPING = /^[\s"'`“”‘’{[(,]+|[\s"'`“”‘’}\]),;.]+$/g;
const WORD = /^[A-Za-z0-9_@.:-]{1,128}$/;
const DIGITS = /^\d{1,9}$/;

const normalizeRequestId = (s: string) => `Id-${s.slice(3)}`;

function classifyKeyed(key: string, value: string): ParsedQuery {
  const k = key.toLowerCase().replace("_", "");
  if (k === "requestid") return classifyRequestId(value);
  if (k.startsWith("room")) return WORD.test(value) ? { kind: "room", value } : invalidWord();
  if (k === "errorcode" || k === "code") {
    return DIGITS.test(value) ? { kind: "errorCode", value: Number(value) } : invalid("codeDigits");
  }
  return WORD.test(value) ? { kind: "actor", value } : invalidWord();
}

function classifyRequestId(value: string): ParsedQuery {
  const full = FULL_REQUEST_ID.exec(value);
  if (full) return { kind: "requestId", value: normalizeRequestId(full[0]) };
  if (!/^id-[0-9a-z-]*$/i.test(value)) return invalid("requestIdShape");
  if (value.length < MIN_PREFIX_LENGTH) {
    return { kind: "invalid", reason: "prefixTooShort", values: { min: MIN_PREFIX_LENGTH } };
  }
  return { kind: "requestIdPrefix", value: normalizeRequestId(value) };
}

const invalid = (reason: QueryRefusal): ParsedQuery => ({ kind: "invalid", reason });
const invalidWord = () => invalid("badWord");

export function parseQuery(raw: string): ParsedQuery {
  if (raw.length > MAX_QUERY_LENGTH * 4) return invalid("tooLong");
  const full = FULL_REQUEST_ID.exec(raw);
  if (full) return { kind: "requestId", value: normalizeRequestId(full[0]) };

  let text = raw.replace(WRAPPING, "");
  if (text === "") return { kind: "empty" };
  if (text.length > MAX_QUERY_LENGTH) return invalid("tooLong");
  const keyed = KEYED.exec(text);
  if (keyed) {
    const value = text.slice(keyed[0].length).replace(WRAPPING, "");
    return value === "" ? { kind: "empty" } : classifyKeyed(keyed[1]!, value);
  }
  text = text.trim();
  if (DIGITS.test(text)) return { kind: "errorCode", value: Number(text) };
  if (/^id-/i.test(text)) return classifyRequestId(text);
  return WORD.test(text) ? { kind: "roomOrActor", value: text } : invalidWord();
}
