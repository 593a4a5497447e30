"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { createUserAction } from "@/lib/actions/users/actions";
import { createUserSchema } from "@/lib/auth/schemas";
import { fieldsNamed } from "@/lib/forms/server-errors";
import { useT } from "@/lib/i18n/use-t";

export function CreateUserForm() {
  const t = useT();
  const router = useRouter();
  const [created, setCreated] = useState<string | null>(null);
  const { form, formError, pending, onSubmit } = useActionForm({
    schema: createUserSchema,
    defaultValues: { name: "", email: "", password: "", role: "support" },
    send: (values) => createUserAction(values),
    isField: fieldsNamed("name", "email", "password", "role"),
    fallback: t("usersPage.createFailed"),
    onSuccess: (_result, values) => {
      setCreated(t("usersPage.created", { email: values.email }));
      form.reset();
      router.refresh();
    },
  });
  const { control } = form;

  return (
    <form
      onSubmit={onSubmit}
      className="grid gap-4 sm:grid-cols-2"
      noValidate
      aria-label={t("usersPage.addUser")}
    >
      {formError ? (
        <FormAlert error={formError} className="sm:col-span-2" />
      ) : created ? (
        <Alert tone="info" role="status" className="sm:col-span-2">
          {created}
        </Alert>
      ) : null}
      <FormField control={control} name="name" id="new-name" label={t("usersPage.name")} autoComplete="off" />
      <FormField
        control={control}
        name="email"
        id="new-email"
        type="email"
        label={t("usersPage.email")}
        autoComplete="off"
      />
      <FormField
        control={control}
        name="password"
        id="new-password"
        type="password"
        label={t("usersPage.initialPassword")}
        hint={t("usersPage.initialPasswordHint")}
        autoComplete="new-password"
      />
      <FormField as="select" control={control} name="role" id="new-role" label={t("usersPage.role")}>
        <option value="support">{t("usersPage.roleSupport")}</option>
        <option value="admin">{t("usersPage.roleAdmin")}</option>
      </FormField>
      <div className="sm:col-span-2">
        <Button type="submit" disabled={pending}>
          {pending ? t("usersPage.adding") : t("usersPage.add")}
        </Button>
      </div>
    </form>
  );
}
