"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { useViewerZone } from "@/components/meetings/use-viewer-zone";
import type { ColumnMapping } from "@/lib/bulk/headers";
import { useT } from "@/lib/i18n/use-t";
import { canonicalZone, isValidTimeZone } from "@/lib/time";
import { ColumnMappingSection } from "./column-mapping";
import { DryRunSummary } from "./dry-run-summary";
import { IssueTable } from "./issue-table";
import { ReadyPreview } from "./ready-preview";
import { SheetSource } from "./sheet-source";
import { StartBar } from "./start-bar";
import { useDryRun, type SheetInput } from "./use-dry-run";

/** The browser's zone under its current name, once known (Chromium reports "Asia/Calcutta"). */
const currentName = (zone: string | null) => (zone && isValidTimeZone(zone) ? canonicalZone(zone) : null);

/**
 * A new job: the sheet, its columns, the dry run's findings, and the start. Rows without a zone take the
 * viewer's own until another is picked (the schedule form's picker; the server judges the zone).
 */
export function BulkIntake() {
  const t = useT();
  const viewerZone = currentName(useViewerZone());
  const [pickedZone, setTimeZone] = useState<string | null>(null);
  const timeZone = pickedZone ?? viewerZone ?? "UTC";
  const [sheet, setSheet] = useState<SheetInput | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const dryRun = useDryRun();
  const answer = dryRun.data;
  const result = answer?.ok ? answer.result : null;
  const checkedMapping = result?.columns.map((c) => c.column) ?? null;
  // The findings are the last check's: a new mapping or zone hides the start until the sheet is checked again.
  const changed =
    (mapping !== null && JSON.stringify(mapping) !== JSON.stringify(checkedMapping)) ||
    (result !== null && dryRun.variables?.timeZone !== timeZone);

  const check = (input: SheetInput, withMapping?: ColumnMapping) => {
    setSheet(input);
    dryRun.mutate(
      { sheet: input, mapping: withMapping, timeZone },
      { onSuccess: (a) => setMapping(a.ok ? a.result.columns.map((c) => c.column) : (withMapping ?? null)) },
    );
  };

  return (
    <div className="space-y-6">
      <SheetSource
        timeZone={timeZone}
        onTimeZone={setTimeZone}
        checking={dryRun.isPending}
        onCheck={(input) => check(input)}
      />
      {answer && !answer.ok ? <Alert tone="error">{answer.message ?? t("bulk.checkFailed")}</Alert> : null}
      {result && mapping ? (
        <>
          <ColumnMappingSection
            columns={result.columns}
            mapping={mapping}
            onChange={setMapping}
            onRecheck={() => sheet && check(sheet, mapping)}
            checking={dryRun.isPending}
            changed={changed}
          />
          <DryRunSummary result={result} />
          <IssueTable rows={result.rows} columns={result.columns} />
          <ReadyPreview rows={result.rows} />
          {changed ? null : <StartBar result={result} />}
        </>
      ) : null}
    </div>
  );
}
