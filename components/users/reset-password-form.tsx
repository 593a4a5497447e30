"use client";

import { useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { resetUserPasswordAction } from "@/lib/actions/users/actions";
import { resetPasswordSchema } from "@/lib/auth/schemas";
import { fieldsNamed } from "@/lib/forms/server-errors";
import { useT } from "@/lib/i18n/use-t";

interface Props {
  user: { id: string; email: string };
  onCancel: () => void;
  onReset: () => void;
}

/** A new password for one user, in the dialog their row opens. */
export function ResetPasswordForm({ user, onCancel, onReset }: Props) {
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
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormField
        control={form.control}
        name="password"
        id={`pw-${user.id}`}
        type="password"
        label={t("usersPage.newPasswordFor", { email: user.email })}
        hint={t("usersPage.initialPasswordHint")}
        autoComplete="new-password"
      />
      <FormAlert error={formError} />
      <div className="flex justify-end gap-2">
        <Button variant="ghost" onClick={onCancel}>
          {t("userDialogs.keep")}
        </Button>
        <Button type="submit" disabled={pending || !typed}>
          {t("usersPage.resetPassword")}
        </Button>
      </div>
    </form>
  );
}
