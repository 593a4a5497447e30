"use client";

import { useEffect, type RefObject } from "react";
import { useFormState, type Control, type FieldValues } from "react-hook-form";
import { firstInvalidIn, revealAndFocus } from "./reveal-field";

/**
 * After a refused submit, the first invalid field has the cursor even inside a collapsed section, which
 * react-hook-form cannot focus (the control is not rendered while its section is closed).
 */
export function useFocusFirstError<T extends FieldValues, O>(
  control: Control<T, unknown, O>,
  formRef: RefObject<HTMLFormElement | null>,
): void {
  const { submitCount } = useFormState({ control });
  useEffect(() => {
    if (submitCount === 0) return;
    // After the frame, so the fields have rendered their aria-invalid for this submit.
    const frame = requestAnimationFrame(() => {
      const first = firstInvalidIn(formRef.current);
      const active = document.activeElement;
      if (!first || active?.getAttribute("aria-invalid") === "true") return;
      revealAndFocus(first);
    });
    return () => cancelAnimationFrame(frame);
  }, [submitCount, formRef]);
}
