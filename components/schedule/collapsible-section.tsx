"use client";

import { useState, type ReactNode } from "react";
import { get, useFormState } from "react-hook-form";
import { cx } from "@/components/ui/cx";
import { useScheduleForm, type SchedulePath } from "./form-context";
import { useT } from "@/lib/i18n/use-t";

interface CollapsibleSectionProps {
  title: string;
  description?: string;
  /** What differs from the defaults, in one line (section-summaries.ts). */
  summary: string;
  /** The form paths inside: an error on any of them opens the section so the message is seen. */
  paths: readonly SchedulePath[];
  children: ReactNode;
}

/**
 * A section most meetings leave at its defaults: closed, with a one-line summary of what is set. A native
 * <details>, so it opens with Enter or Space and is announced as expandable without any ARIA of ours.
 */
export function CollapsibleSection({
  title,
  description,
  summary,
  paths,
  children,
}: CollapsibleSectionProps) {
  const t = useT();
  const { control } = useScheduleForm();
  const { errors } = useFormState({ control });
  const hasError = paths.some((path) => get(errors, path) !== undefined);
  const [open, setOpen] = useState(false);
  const [hadError, setHadError] = useState(hasError);
  // Opened when an error arrives (on blur, on submit or from the server); the admin may close it again.
  if (hasError !== hadError) {
    setHadError(hasError);
    if (hasError) setOpen(true);
  }

  return (
    <details
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
      className="group rounded-xl border border-slate-200 bg-white shadow-sm"
    >
      <summary className="flex cursor-pointer items-baseline gap-3 rounded-xl px-6 py-4 focus:outline-none focus-visible:ring-2 focus-visible:ring-slate-900">
        <span aria-hidden="true" className="text-slate-400 transition-transform group-open:rotate-90">
          ▸
        </span>
        <span className="text-base font-semibold text-slate-900">{title}</span>
        <span className={cx("min-w-0 truncate text-sm", hasError ? "text-red-700" : "text-slate-500")}>
          {hasError ? t("scheduleLayout.needsAttention") : summary}
        </span>
      </summary>
      <fieldset className="min-w-0 px-6 pb-6">
        <legend className="sr-only">{title}</legend>
        {description ? <p className="mb-4 text-sm text-slate-500">{description}</p> : null}
        <div className="space-y-5">{children}</div>
      </fieldset>
    </details>
  );
}
