"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useT } from "@/lib/i18n/use-t";

/** Puts the facts Tencent asks for on the clipboard; the same text is shown for selecting by hand. */
export function TicketCopyButton({ text }: { text: string }) {
  const t = useT();
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      setState("failed");
    }
  }
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-3">
        <Button onClick={() => void copy()}>{t("support.copyTicket")}</Button>
        <span aria-live="polite" className="text-sm text-slate-600">
          {state === "copied"
            ? t("support.copiedTicket")
            : state === "failed"
              ? t("support.copyTicketFailed")
              : ""}
        </span>
      </div>
      <details open={state === "failed" || undefined}>
        <summary className="cursor-pointer text-sm text-slate-700">{t("support.showTicket")}</summary>
        <pre className="mt-2 rounded-md bg-slate-50 p-3 font-mono text-xs whitespace-pre-wrap text-slate-900">
          {text}
        </pre>
      </details>
    </div>
  );
}
