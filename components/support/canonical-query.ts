import { parseQuery } from "@/lib/support/parse-query";

/** What goes into ?q= after a paste: the cleaned value, so shared links stay short and readable. */
export function canonicalQuery(raw: string): string {
  const parsed = parseQuery(raw);
  switch (parsed.kind) {
    case "empty":
      return "";
    case "invalid":
      return raw.trim();
    case "errorCode":
      return String(parsed.value);
    case "room":
      return `room:${parsed.value}`;
    case "actor":
      return `user:${parsed.value}`;
    default:
      return parsed.value;
  }
}
