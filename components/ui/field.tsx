import type { ReactNode } from "react";
import { useT } from "@/lib/i18n/use-t";
import { cx } from "./cx";

/** The ids a control points at with aria-describedby; every field derives them the same way. */
export const fieldIds = (id: string) => ({
  error: `${id}-error`,
  hint: `${id}-hint`,
  counter: `${id}-bytes`,
});

export function describedBy(id: string, parts: { error?: boolean; hint?: boolean; counter?: boolean }) {
  const ids = fieldIds(id);
  const list = [parts.error && ids.error, parts.counter && ids.counter, parts.hint && ids.hint];
  return list.filter(Boolean).join(" ") || undefined;
}

export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="text-sm text-red-700">
      {message}
    </p>
  );
}

interface FieldProps {
  id: string;
  label: string;
  /** For a field whose purpose its row already shows (a table's actions); screen readers still hear it. */
  hideLabel?: boolean;
  optional?: boolean;
  hint?: ReactNode;
  error?: string;
  /** Shown beside the label, e.g. a byte counter. */
  aside?: ReactNode;
  className?: string;
  children: ReactNode;
}

export function Field(props: FieldProps) {
  const { id, label, hideLabel, optional, hint, error, aside, className, children } = props;
  const t = useT();
  const ids = fieldIds(id);
  return (
    <div className={cx("space-y-1.5", className)}>
      <div className={hideLabel && !aside ? "contents" : "flex items-baseline justify-between gap-3"}>
        <label htmlFor={id} className={cx("text-sm font-medium text-slate-800", hideLabel && "sr-only")}>
          {label}
          {optional ? <span className="font-normal text-slate-500"> {t("ui.optional")}</span> : null}
        </label>
        {aside}
      </div>
      {children}
      {hint ? (
        <p id={ids.hint} className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      <FieldError id={ids.error} message={error} />
    </div>
  );
}
