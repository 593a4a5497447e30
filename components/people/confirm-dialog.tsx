"use client";

import { useEffect, useRef, type FormEvent, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import type { FormFailure } from "@/lib/forms/server-errors";
import { useT } from "@/lib/i18n/use-t";

/**
 * The confirmation every People and Seats write goes through: a modal that names the people it affects,
 * the fields of that write, and the refusal (the browser's or Tencent's) in place. Opens on mount; the
 * parent unmounts it on close, so each opening starts from a fresh form.
 */
export function ConfirmDialog(props: {
  id: string;
  title: string;
  accounts: string[];
  onSubmit: (e: FormEvent<HTMLFormElement>) => void;
  onClose: () => void;
  pending: boolean;
  formError: FormFailure | null;
  /** The selection's own refusal (more than 20 people): shown above the buttons, nothing sent. */
  selectionError?: string;
  children?: ReactNode;
  danger?: boolean;
}) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const titleId = `${props.id}-title`;
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={props.onClose}
      className="m-auto w-full max-w-md rounded-xl border border-slate-200 p-6 shadow-xl backdrop:bg-slate-900/40"
    >
      <form onSubmit={props.onSubmit} className="space-y-4" noValidate>
        <h2 id={titleId} className="text-lg font-semibold text-slate-900">
          {props.title}
        </h2>
        {props.accounts.length > 0 ? (
          <p className="text-sm break-words text-slate-700">
            {t("people.affects", { names: props.accounts.join(", ") })}
          </p>
        ) : null}
        {props.children}
        {props.selectionError ? <Alert tone="error">{props.selectionError}</Alert> : null}
        <FormAlert error={props.formError} />
        <div className="flex justify-end gap-2">
          <Button variant="ghost" onClick={() => ref.current?.close()}>
            {t("people.cancel")}
          </Button>
          <Button type="submit" disabled={props.pending} variant={props.danger ? "danger" : "primary"}>
            {t("people.confirm")}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
