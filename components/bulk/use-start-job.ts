"use client";

import { useMutation } from "@tanstack/react-query";
import type { DryRunResult } from "@/lib/bulk/dry-run-types";
import type { StartBulkJobCreated, StartBulkJobRefused } from "@/lib/bulk/job-request";

export type StartAnswer =
  | { ok: true; jobId: string }
  | { ok: false; errors: StartBulkJobRefused["errors"] }
  | { ok: false; errors: null };

/** The chosen rows, exactly as the dry run read them, to the start route (which checks them all again). */
async function postStart({ result, rows }: { result: DryRunResult; rows: number[] }): Promise<StartAnswer> {
  const chosen = new Set(rows);
  const body = {
    source: result.source,
    rows: result.rows
      .filter((r) => chosen.has(r.row) && r.values)
      .map((r) => ({ row: r.row, values: r.values })),
  };
  try {
    const res = await fetch("/api/bulk/jobs", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    if (res.status === 201) return { ok: true, jobId: ((await res.json()) as StartBulkJobCreated).jobId };
    const refused = (await res.json().catch(() => null)) as StartBulkJobRefused | null;
    return { ok: false, errors: Array.isArray(refused?.errors) ? refused.errors : null };
  } catch {
    return { ok: false, errors: null };
  }
}

export const useStartJob = () => useMutation({ mutationFn: postStart });
