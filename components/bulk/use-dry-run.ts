"use client";

import { useMutation } from "@tanstack/react-query";
import type { DryRunResult } from "@/lib/bulk/dry-run-types";
import type { ColumnMapping } from "@/lib/bulk/headers";

/** What the admin gave: a file they chose, or cells they pasted. */
export type SheetInput = { kind: "file"; file: File } | { kind: "pasted"; text: string };

export interface DryRunRequest {
  sheet: SheetInput;
  mapping?: ColumnMapping;
  timeZone: string;
}

export type DryRunAnswer = { ok: true; result: DryRunResult } | { ok: false; message: string | null };

/** Sends the sheet to the dry-run route as a form upload; an answer without words is a lost answer. */
async function postDryRun({ sheet, mapping, timeZone }: DryRunRequest): Promise<DryRunAnswer> {
  const form = new FormData();
  if (sheet.kind === "file") form.set("file", sheet.file, sheet.file.name);
  else form.set("text", sheet.text);
  if (mapping) form.set("mapping", JSON.stringify(mapping));
  form.set("timeZone", timeZone);
  try {
    const res = await fetch("/api/bulk/dry-run", { method: "POST", body: form });
    if (res.ok) return { ok: true, result: (await res.json()) as DryRunResult };
    const body = (await res.json().catch(() => null)) as { error?: string } | null;
    return { ok: false, message: body?.error ?? null };
  } catch {
    return { ok: false, message: null };
  }
}

export const useDryRun = () => useMutation({ mutationFn: postDryRun });
