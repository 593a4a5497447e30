"use client";

import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormSection } from "@/components/ui/form-section";
import { controlClass } from "@/components/ui/styles";
import { ZonePicker } from "@/components/zones/zone-picker";
import { BULK_LIMITS } from "@/lib/bulk/job-request";
import { useT } from "@/lib/i18n/use-t";
import type { SheetInput } from "./use-dry-run";

const MB = 1024 * 1024;

interface SheetSourceProps {
  timeZone: string;
  onTimeZone: (zone: string) => void;
  checking: boolean;
  onCheck: (sheet: SheetInput) => void;
}

/** The file or the pasted cells, the zone for rows without one, and the limits, stated before any upload. */
export function SheetSource({ timeZone, onTimeZone, checking, onCheck }: SheetSourceProps) {
  const t = useT();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [text, setText] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (file) onCheck({ kind: "file", file });
    else if (text.trim() !== "") onCheck({ kind: "pasted", text });
  };
  return (
    <form onSubmit={submit} aria-label={t("bulk.sourceTitle")}>
      <FormSection
        title={t("bulk.sourceTitle")}
        description={t("bulk.limits", { maxRows: BULK_LIMITS.maxRows, maxMb: BULK_LIMITS.maxFileBytes / MB })}
      >
        <a
          href="/api/bulk/template.csv"
          download
          className="inline-block rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 shadow-sm hover:bg-slate-50"
        >
          {t("bulk.template")}
        </a>
        <Field id={`${id}-file`} label={t("bulk.fileLabel")}>
          <input
            id={`${id}-file`}
            type="file"
            accept=".csv,.tsv,.txt,text/csv,text/plain"
            className="block text-sm"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </Field>
        <Field id={`${id}-paste`} label={t("bulk.pasteLabel")}>
          <textarea
            id={`${id}-paste`}
            rows={5}
            className={`${controlClass} font-mono`}
            value={text}
            onChange={(e) => setText(e.target.value)}
            disabled={file !== null}
          />
        </Field>
        <Field id={`${id}-zone`} label={t("bulk.zoneLabel")}>
          {/* Rows fall on many days: offsets are shown as they are today. */}
          <ZonePicker id={`${id}-zone`} value={timeZone} onChange={onTimeZone} date="" />
        </Field>
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={checking || (file === null && text.trim() === "")}>
            {checking ? t("bulk.checking") : t("bulk.check")}
          </Button>
          <p className="text-sm text-slate-500">{t("bulk.nothingSent")}</p>
        </div>
      </FormSection>
    </form>
  );
}
