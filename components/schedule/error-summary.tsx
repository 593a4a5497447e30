"use client";

import { useFormState } from "react-hook-form";
import { fieldId, flattenErrors } from "./field-paths";
import { revealAndFocus } from "./reveal-field";
import { useScheduleForm } from "./form-context";
import { useT } from "@/lib/i18n/use-t";

/** Shown after a refused submit: every problem once, each a link to its field. */
export function ErrorSummary() {
  const t = useT();
  const { control } = useScheduleForm();
  const { errors, submitCount } = useFormState({ control });
  const items = flattenErrors(errors);
  if (submitCount === 0 || items.length === 0) return null;
  return (
    <div role="alert" className="rounded-xl border border-red-200 bg-red-50 p-4 text-sm text-red-900">
      <h2 className="font-semibold">{t("scheduleForm.needsAttention", { count: items.length })}</h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {items.map(({ path, message }, i) => (
          <li key={`${path}:${i}`}>
            <a
              href={`#${fieldId(path)}`}
              className="underline underline-offset-2 hover:text-red-700"
              onClick={(e) => {
                const field = document.getElementById(fieldId(path));
                if (!field) return;
                // The field may sit in a collapsed section; the link opens it and puts the cursor in the field.
                e.preventDefault();
                revealAndFocus(field);
              }}
            >
              {message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
