import { describe, expect, it } from "vitest";
import type { ActionFailure } from "@/lib/actions/result";
import { applyServerErrors, fieldsNamed } from "./server-errors";

/** setError as RHF would receive it: the calls are the assertions. */
function recorder() {
  const calls: { path: string; message: string | undefined; focus: boolean | undefined }[] = [];
  const setError = (path: string, error: { message?: string }, options?: { shouldFocus?: boolean }) => {
    calls.push({ path, message: error.message, focus: options?.shouldFocus });
  };
  return { calls, setError };
}

const refused = (fieldErrors: Record<string, string[]>, message?: string): ActionFailure => ({
  ok: false,
  fieldErrors,
  ...(message ? { error: { code: "invalid-input", message, requestId: "req-1" } } : {}),
});

describe("applyServerErrors", () => {
  it("puts each field's messages on that field, focusing only the first, and keeps the alert for the rest", () => {
    const { calls, setError } = recorder();
    const alert = applyServerErrors(
      refused({ email: ["Taken."], password: ["Too short.", "Too plain."], form: ["Try later."] }, "Check."),
      setError,
      { isField: fieldsNamed("email", "password") },
    );
    expect(calls).toEqual([
      { path: "email", message: "Taken.", focus: true },
      { path: "password", message: "Too short. Too plain.", focus: false },
    ]);
    expect(alert).toEqual({
      message: "Check.",
      code: "invalid-input",
      requestId: "req-1",
      details: ["Try later."],
    });
  });

  it("raises no alert when every message sits on a field and the server said nothing else", () => {
    const { calls, setError } = recorder();
    expect(
      applyServerErrors(refused({ email: ["Taken."] }), setError, { isField: fieldsNamed("email") }),
    ).toBe(null);
    expect(calls).toHaveLength(1);
  });

  it("says the fallback when the server gave no message of its own", () => {
    const { setError } = recorder();
    const alert = applyServerErrors(refused({ email: ["Taken."] }), setError, {
      isField: fieldsNamed("email"),
      fallback: "Could not create the user.",
    });
    expect(alert?.message).toBe("Could not create the user.");
  });

  it("leads with a message for a path the form has no field for, rather than dropping it", () => {
    const { calls, setError } = recorder();
    const alert = applyServerErrors(refused({ roomId: ["No meeting was named."] }), setError, {
      isField: fieldsNamed("confirmName"),
    });
    expect(calls).toEqual([]);
    expect(alert).toMatchObject({ message: "No meeting was named.", details: [] });
  });
});
