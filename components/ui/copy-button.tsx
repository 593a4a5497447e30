"use client";

import { useState } from "react";
import { Button } from "./button";
import { useHasToasts, useToast } from "./toast";
import { useT } from "@/lib/i18n/use-t";

/**
 * Copies `text`; the visible word stays short while the accessible name says what is copied, unless
 * `showLabel` puts the label itself on the button (when what is copied is not on screen).
 */
export function CopyButton({
  text,
  label,
  showLabel = false,
  describedBy,
}: {
  text: string;
  label: string;
  showLabel?: boolean;
  /** An element naming what the copy belongs to (a list row's name). */
  describedBy?: string;
}) {
  const t = useT();
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  const toast = useToast();
  // In the dashboard "Copied" is a toast; elsewhere it is said beside the button.
  const inline = !useHasToasts();

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      if (inline) setState("copied");
      else toast(t("ui.copied"));
    } catch {
      // Clipboard access needs a secure context and permission; the value stays selectable either way.
      setState("failed");
    }
    setTimeout(() => setState("idle"), 2000);
  }

  return (
    <span className="inline-flex items-center gap-2">
      <Button
        variant="secondary"
        size="sm"
        aria-label={label}
        aria-describedby={describedBy}
        onClick={() => void copy()}
      >
        {showLabel ? label : t("ui.copy")}
      </Button>
      <span aria-live="polite" className="text-xs text-slate-500">
        {state === "copied" ? t("ui.copied") : state === "failed" ? t("ui.copyFailed") : ""}
      </span>
    </span>
  );
}
