/**
 * Reads what support pasted into the one search box. Tickets quote RequestIds in every shape (bare,
 * quoted, as a JSON line from a log), so the text is cleaned before it is classified.
 * Plain module: the browser uses it to say how the text was read, the server to build the query.
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
  | { kind: "invalid"; reason: string };

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
    return DIGITS.test(value)
      ? { kind: "errorCode", value: Number(value) }
      : invalid("An ErrorCode is digits only.");
  }
  return WORD.test(value) ? { kind: "actor", value } : invalidWord();
}

function classifyRequestId(value: string): ParsedQuery {
  const full = FULL_REQUEST_ID.exec(value);
  if (full) return { kind: "requestId", value: normalizeRequestId(full[0]) };
  if (!/^id-[0-9a-z-]*$/i.test(value)) return invalid("A RequestId looks like Id-<32 hex>-O-Seq-<n>.");
  if (value.length < MIN_PREFIX_LENGTH) {
    return invalid(`Paste at least ${MIN_PREFIX_LENGTH} characters of a RequestId.`);
  }
  return { kind: "requestIdPrefix", value: normalizeRequestId(value) };
}

const invalid = (reason: string): ParsedQuery => ({ kind: "invalid", reason });
const invalidWord = () =>
  invalid("Use a RequestId, a RoomId, a user id or an ErrorCode (letters, digits, _ - . @ :).");

export function parseQuery(raw: string): ParsedQuery {
  if (raw.length > MAX_QUERY_LENGTH * 4) return invalid("That is too long to be a RequestId or RoomId.");
  const full = FULL_REQUEST_ID.exec(raw);
  if (full) return { kind: "requestId", value: normalizeRequestId(full[0]) };

  let text = raw.replace(WRAPPING, "");
  if (text === "") return { kind: "empty" };
  if (text.length > MAX_QUERY_LENGTH) return invalid("That is too long to be a RequestId or RoomId.");
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

/** How the box read the text, in words ("RequestId Id-…"), for the line under the search box. */
export function describeQuery(q: ParsedQuery): string {
  switch (q.kind) {
    case "empty":
      return "All calls";
    case "requestId":
      return `RequestId ${q.value}`;
    case "requestIdPrefix":
      return `RequestIds starting with ${q.value}`;
    case "errorCode":
      return `ErrorCode ${q.value}`;
    case "room":
      return `RoomId ${q.value}`;
    case "actor":
      return `User ${q.value}`;
    case "roomOrActor":
      return `RoomId or user ${q.value}`;
    case "invalid":
      return q.reason;
  }
}
