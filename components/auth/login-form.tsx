"use client";

import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { signInAction } from "@/lib/actions/auth/sign-in";
import { signInSchema } from "@/lib/auth/schemas";
import { fieldsNamed } from "@/lib/forms/server-errors";
import { useT } from "@/lib/i18n/use-t";

/** `next`: the page that sent the person here (already checked by safeReturnPath; the action checks again). */
export function LoginForm({ next }: { next: string | null }) {
  const t = useT();
  const { form, formError, pending, onSubmit } = useActionForm({
    schema: signInSchema,
    defaultValues: { email: "", password: "" },
    // Succeeds by redirecting back (or home); a refusal names no field, so a guesser learns nothing.
    send: (values) => signInAction(next ? { ...values, next } : values),
    isField: fieldsNamed("email", "password"),
  });
  const { control } = form;

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormAlert error={formError} />
      <FormField
        control={control}
        name="email"
        id="email"
        type="email"
        label={t("authForm.email")}
        autoComplete="username"
        required
      />
      <FormField
        control={control}
        name="password"
        id="password"
        type="password"
        label={t("authForm.password")}
        autoComplete="current-password"
        required
      />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? t("authForm.signingIn") : t("authForm.signIn")}
      </Button>
    </form>
  );
}
