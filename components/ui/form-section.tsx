import type { ReactNode } from "react";

/** A card that is also a fieldset, so screen readers announce the section name with each field. */
export function FormSection({
  title,
  description,
  children,
}: {
  title: string;
  description?: string;
  children: ReactNode;
}) {
  return (
    <fieldset className="min-w-0 rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
      <legend className="float-left mb-1 w-full text-base font-semibold text-slate-900">{title}</legend>
      {description ? <p className="clear-both mb-4 text-sm text-slate-500">{description}</p> : null}
      <div className="clear-both space-y-5">{children}</div>
    </fieldset>
  );
}
