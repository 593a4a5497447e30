import type { z } from "zod";
import { parseRef, type LabelRef } from "@/lib/schemas/messages";
import type { Translate } from "./translate";

type Key = Parameters<Translate>[0];

/**
 * A schema message (lib/schemas/messages.ts) in the viewer's words. Anything that is not a reference
 * (a server's field error, already worded) passes through as it is.
 */
export function localizeMessage(t: Translate, message: string): string {
  const found = parseRef(message);
  if (!found) return message;
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(found.values)) {
    values[name] =
      typeof value === "object"
        ? t(`validationLabel.${(value as LabelRef).label}` as Key, { value: (value as LabelRef).value ?? "" })
        : value;
  }
  if (found.key === "controlCharacter") values.name = t(`controlCharacter.${values.name}` as Key);
  // A feature's own messages name their namespace ("people.error.…"); the shared ones live in "validation".
  const key = found.key.includes(".") ? found.key : `validation.${found.key}`;
  return t(key as Key, values);
}

/** The issues of a failed parse, worded in place, so every consumer of the error reads words. */
export function localizeZodError(t: Translate, error: z.ZodError): z.ZodError {
  for (const issue of error.issues)
    (issue as { message: string }).message = localizeMessage(t, issue.message);
  return error;
}

/** react-hook-form's error tree with each message worded; element refs are left alone. */
export function localizeFieldErrorTree<T>(t: Translate, errors: T): T {
  if (typeof errors !== "object" || errors === null) return errors;
  const out = (Array.isArray(errors) ? [...errors] : { ...errors }) as Record<string, unknown>;
  for (const [name, value] of Object.entries(out)) {
    if (name === "ref") continue;
    if (name === "message" && typeof value === "string") out[name] = localizeMessage(t, value);
    else if (typeof value === "object" && value !== null) out[name] = localizeFieldErrorTree(t, value);
  }
  return out as T;
}
