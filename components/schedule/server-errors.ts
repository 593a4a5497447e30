import type { UseFormSetError } from "react-hook-form";
import type { ActionFailure } from "@/lib/actions/result";
import type { ScheduleMeetingInput } from "@/lib/schemas/meeting";
import { isFormField } from "./field-paths";
import type { FormError } from "./form-error-alert";
import type { SchedulePath } from "./form-context";

/**
 * Puts the server's field messages on the fields (focusing the first) and returns what belongs in the
 * form-level alert. Values are never touched, so everything typed stays for the retry.
 */
export function applyServerErrors(
  failure: ActionFailure,
  setError: UseFormSetError<ScheduleMeetingInput>,
): FormError {
  const details: string[] = [];
  let focus = true;
  for (const [path, messages] of Object.entries(failure.fieldErrors ?? {})) {
    const message = messages.join(" ");
    if (!isFormField(path)) {
      details.push(message);
      continue;
    }
    setError(path as SchedulePath, { type: "server", message }, { shouldFocus: focus });
    focus = false;
  }
  return {
    message: failure.error?.message ?? "The server refused the request.",
    code: failure.error?.code,
    requestId: failure.error?.requestId,
    details,
  };
}
