import type { FieldErrors } from "react-hook-form";

/**
 * Maps the schema's dotted paths ("schedule.time", "invitees.3") to DOM ids. List entries share their
 * list's control, so numeric segments are dropped.
 */
export function fieldId(path: string): string {
  return `field-${path
    .split(".")
    .filter((segment) => !/^\d+$/.test(segment))
    .join("-")}`;
}

export interface FlatError {
  path: string;
  message: string;
}

// RHF error nodes carry the DOM element in `ref`; walking into it would walk the whole document.
const NODE_KEYS = new Set(["ref", "type", "types", "message"]);

/** Every message in an RHF errors tree, in form order, with its dotted path (array roots keep the list's path). */
export function flattenErrors(errors: FieldErrors, prefix = ""): FlatError[] {
  const out: FlatError[] = [];
  const node = errors as Record<string, unknown>;
  if (typeof node.message === "string" && node.message !== "")
    out.push({ path: prefix, message: node.message });
  for (const [key, child] of Object.entries(node)) {
    if (NODE_KEYS.has(key) || typeof child !== "object" || child === null) continue;
    const path = key === "root" ? prefix : prefix ? `${prefix}.${key}` : key;
    out.push(...flattenErrors(child as FieldErrors, path));
  }
  return out;
}

/** The form's own fields; a server path outside this list (or "form") is shown in the form-level alert. */
const KNOWN_FIELD = new RegExp(
  "^(roomName|roomId|owner|customInfo|maxMemberCount|invitees(\\.\\d+)?|" +
    "schedule\\.(date|time|timeZone|durationMinutes|occurrence)|seats\\.(enabled|maxSeatCount|takeSeatMode)|settings\\.\\w+|" +
    "repeat\\.(interval|weekdays|count|until|choices\\.\\d{4}-\\d{2}-\\d{2}))$",
);

export const isFormField = (path: string) => KNOWN_FIELD.test(path);
