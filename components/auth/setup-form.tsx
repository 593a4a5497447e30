"use client";

import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { createFirstAdminAction } from "@/lib/actions/auth/create-first-admin";
import { firstAdminFormSchema } from "@/lib/auth/schemas";
import { fieldsNamed } from "@/lib/forms/server-errors";
import { useT } from "@/lib/i18n/use-t";

export function SetupForm() {
  const t = useT();
  const { form, formError, pending, onSubmit } = useActionForm({
    schema: firstAdminFormSchema,
    defaultValues: { name: "", email: "", password: "", confirm: "" },
    // Succeeds by signing in and redirecting home.
    send: ({ name, email, password }) => createFirstAdminAction({ name, email, password }),
    isField: fieldsNamed("name", "email", "password", "confirm"),
  });
  const { control } = form;

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormAlert error={formError} />
      <FormField
        control={control}
        name="name"
        id="name"
        label={t("authForm.yourName")}
        autoComplete="name"
        required
      />
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
        autoComplete="new-password"
        hint={t("authForm.passwordHint")}
        required
      />
      <FormField
        control={control}
        name="confirm"
        id="confirm"
        type="password"
        label={t("authForm.repeatPassword")}
        autoComplete="new-password"
        required
      />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? t("authForm.creating") : t("authForm.createAdmin")}
      </Button>
    </form>
  );
}
