"use client";

import type { ReactNode } from "react";
import { cx } from "@/components/ui/cx";
import { useT } from "@/lib/i18n/use-t";

/**
 * One field of the series edit with its "Apply" box: ticked, the field's value goes to every meeting in
 * scope that does not have it yet; unticked, the field is not sent at all.
 */
export function AppliedField({
  id,
  label,
  applied,
  onApplied,
  children,
}: {
  id: string;
  label: string;
  applied: boolean;
  onApplied: (on: boolean) => void;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <div
      className={cx(
        "flex items-start gap-3 rounded-lg border p-3",
        applied ? "border-slate-900 bg-slate-50" : "border-slate-200",
      )}
    >
      <div className="min-w-0 flex-1">{children}</div>
      <label htmlFor={id} className="flex shrink-0 items-center gap-2 text-sm font-medium text-slate-800">
        <input
          id={id}
          type="checkbox"
          className="h-4 w-4 accent-slate-900"
          checked={applied}
          aria-label={t("series.applyField", { field: label })}
          onChange={(e) => onApplied(e.target.checked)}
        />
        {t("series.apply")}
      </label>
    </div>
  );
}
