import type { FieldPath, FieldValues, UseFormSetError } from "react-hook-form";
import type { ActionFailure } from "@/lib/actions/result";

/** What a form says above its fields when the server refused, with what support needs to trace it. */
export interface FormFailure {
  message: string;
  code?: string;
  requestId?: string | null;
  /** Server messages for paths the form has no field for. */
  details?: string[];
}

export interface ServerErrorOptions {
  /** Whether a server path (`email`, `schedule.time`) is one of the form's fields; the rest go to the alert. */
  isField: (path: string) => boolean;
  /** The alert's message when the server gave none; without it, errors on fields alone raise no alert. */
  fallback?: string;
}

/** For flat forms: the server paths that are fields are exactly these names. */
export const fieldsNamed =
  (...names: readonly string[]) =>
  (path: string) =>
    names.includes(path);

/**
 * Puts the server's field messages on the fields (focusing the first) and returns what belongs in the
 * form-level alert. Values are never touched, so everything typed stays for the retry.
 */
export function applyServerErrors<T extends FieldValues>(
  failure: ActionFailure,
  setError: UseFormSetError<T>,
  options: ServerErrorOptions & { fallback: string },
): FormFailure;
export function applyServerErrors<T extends FieldValues>(
  failure: ActionFailure,
  setError: UseFormSetError<T>,
  options: ServerErrorOptions,
): FormFailure | null;
export function applyServerErrors<T extends FieldValues>(
  failure: ActionFailure,
  setError: UseFormSetError<T>,
  { isField, fallback }: ServerErrorOptions,
): FormFailure | null {
  const details: string[] = [];
  let focus = true;
  for (const [path, messages] of Object.entries(failure.fieldErrors ?? {})) {
    const message = messages.join(" ");
    if (!isField(path)) {
      details.push(message);
      continue;
    }
    setError(path as FieldPath<T>, { type: "server", message }, { shouldFocus: focus });
    focus = false;
  }
  const message = failure.error?.message ?? fallback ?? details.shift();
  if (message === undefined) return null;
  return { message, code: failure.error?.code, requestId: failure.error?.requestId, details };
}
