"use client";

import { useId } from "react";
import { Button } from "@/components/ui/button";
import { FormSection } from "@/components/ui/form-section";
import { controlClass } from "@/components/ui/styles";
import { SHEET_COLUMNS, isSheetColumnKey } from "@/lib/bulk/columns";
import type { DryRunColumn } from "@/lib/bulk/dry-run-types";
import type { ColumnMapping } from "@/lib/bulk/headers";
import type { Translate } from "@/lib/i18n/translate";
import { useT } from "@/lib/i18n/use-t";

type Key = Parameters<Translate>[0];

interface ColumnMappingProps {
  columns: readonly DryRunColumn[];
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
  onRecheck: () => void;
  checking: boolean;
  changed: boolean;
}

/** One select per column of the sheet: the field it fills, recognised from its header or chosen by hand. */
export function ColumnMappingSection({
  columns,
  mapping,
  onChange,
  onRecheck,
  checking,
  changed,
}: ColumnMappingProps) {
  const t = useT();
  const id = useId();
  const set = (index: number, value: string) =>
    onChange(mapping.map((key, i) => (i === index ? (isSheetColumnKey(value) ? value : null) : key)));
  return (
    <FormSection title={t("bulk.mappingTitle")} description={t("bulk.mappingDescription")}>
      <ul className="grid gap-3 sm:grid-cols-2">
        {columns.map((column) => {
          const selectId = `${id}-${column.index}`;
          const note = column.recognised
            ? t("bulk.recognised")
            : column.column
              ? t("bulk.byHand")
              : t("bulk.unmapped");
          return (
            <li key={column.index} className="space-y-1">
              <label htmlFor={selectId} className="block text-sm font-medium text-slate-800">
                {t("bulk.columnOf", { letter: column.letter, header: column.header })}
              </label>
              <select
                id={selectId}
                className={controlClass}
                value={mapping[column.index] ?? ""}
                onChange={(e) => set(column.index, e.target.value)}
              >
                <option value="">{t("bulk.notUsed")}</option>
                {SHEET_COLUMNS.map((c) => (
                  <option key={c.key} value={c.key}>
                    {t(c.label as Key)}
                  </option>
                ))}
              </select>
              <p className="text-xs text-slate-500">{note}</p>
            </li>
          );
        })}
      </ul>
      {changed ? (
        <Button variant="secondary" onClick={onRecheck} disabled={checking}>
          {checking ? t("bulk.checking") : t("bulk.recheck")}
        </Button>
      ) : null}
    </FormSection>
  );
}
