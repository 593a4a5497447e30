"use client";

import { controlClass } from "@/components/ui/styles";
import { useT } from "@/lib/i18n/use-t";
import type { SeriesScope } from "@/lib/schemas/series-ops";

/** Which meetings of the series a change is for, counted from the chosen one. */
export function ScopeSelect({
  id,
  scopes,
  value,
  onChange,
}: {
  id: string;
  scopes: readonly SeriesScope[];
  value: SeriesScope;
  onChange: (scope: SeriesScope) => void;
}) {
  const t = useT();
  return (
    <label className="block text-sm font-medium text-slate-800" htmlFor={id}>
      {t("series.scope")}
      <select
        id={id}
        className={controlClass}
        value={value}
        onChange={(e) => onChange(e.target.value as SeriesScope)}
      >
        {scopes.map((s) => (
          <option key={s} value={s}>
            {t(`series.scopeName.${s}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
