"use client";

import { useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { controlClass } from "@/components/ui/styles";
import { useActionForm } from "@/components/ui/use-action-form";
import { resetUserPasswordAction } from "@/lib/actions/users/actions";
import { resetPasswordSchema } from "@/lib/auth/schemas";
import { fieldsNamed } from "@/lib/forms/server-errors";
import { useT } from "@/lib/i18n/use-t";

interface Props {
  user: { id: string; email: string };
  disabled: boolean;
  onReset: () => void;
}

/** A new password for one user, from their row in the users table. */
export function ResetPasswordForm({ user, disabled, onReset }: Props) {
  const t = useT();
  const { form, formError, pending, onSubmit } = useActionForm({
    schema: resetPasswordSchema,
    defaultValues: { userId: user.id, password: "" },
    // The password is not left in the page once it has been sent, whatever the answer.
    send: (values) => resetUserPasswordAction(values).finally(() => form.resetField("password")),
    isField: fieldsNamed("password"),
    fallback: t("usersPage.failed"),
    onSuccess: onReset,
  });
  const typed = useWatch({ control: form.control, name: "password" }) !== "";

  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-start gap-2" noValidate>
      <FormField
        control={form.control}
        name="password"
        id={`pw-${user.id}`}
        type="password"
        label={t("usersPage.newPasswordFor", { email: user.email })}
        hideLabel
        placeholder={t("usersPage.newPassword")}
        autoComplete="new-password"
        className="w-40"
        controlClassName={`${controlClass} py-1 text-xs`}
      />
      <Button type="submit" size="sm" variant="secondary" disabled={disabled || pending || !typed}>
        {t("usersPage.resetPassword")}
      </Button>
      <FormAlert error={formError} className="w-full" />
    </form>
  );
}
