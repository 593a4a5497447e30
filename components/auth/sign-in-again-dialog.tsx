"use client";

import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { signInHereAction } from "@/lib/actions/auth/sign-in";
import { signInSchema } from "@/lib/auth/schemas";
import { fieldsNamed } from "@/lib/forms/server-errors";
import { useT } from "@/lib/i18n/use-t";

interface SignInAgainDialogProps {
  onSignedIn: () => void;
  onDismiss: () => void;
}

/**
 * Signs in again over the page, so what was typed under it stays. Only the email and password go to
 * the server, and nothing is kept in the browser's storage.
 */
export function SignInAgainDialog({ onSignedIn, onDismiss }: SignInAgainDialogProps) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const { form, formError, pending, onSubmit } = useActionForm({
    schema: signInSchema,
    defaultValues: { email: "", password: "" },
    send: (values) => signInHereAction(values),
    isField: fieldsNamed("email", "password"),
    onSuccess: onSignedIn,
  });

  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
  }, []);

  return (
    <dialog
      ref={dialog}
      aria-labelledby="sign-in-again-title"
      aria-describedby="sign-in-again-body"
      // Escape closes a modal dialog: that is "not now".
      onCancel={onDismiss}
      className="m-auto w-full max-w-sm rounded-xl border border-slate-200 p-6 shadow-xl backdrop:bg-slate-900/40"
    >
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <h2 id="sign-in-again-title" className="text-lg font-semibold text-slate-900">
          {t("session.dialogTitle")}
        </h2>
        <p id="sign-in-again-body" className="text-sm text-slate-600">
          {t("session.dialogBody")}
        </p>
        <FormAlert error={formError} />
        <FormField
          control={form.control}
          name="email"
          id="sign-in-again-email"
          type="email"
          label={t("authForm.email")}
          autoComplete="username"
          required
        />
        <FormField
          control={form.control}
          name="password"
          id="sign-in-again-password"
          type="password"
          label={t("authForm.password")}
          autoComplete="current-password"
          required
        />
        <div className="flex justify-end gap-2">
          <Button variant="ghost" onClick={onDismiss}>
            {t("session.notNow")}
          </Button>
          <Button type="submit" disabled={pending}>
            {pending ? t("authForm.signingIn") : t("session.signInAndContinue")}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
