"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { importAccountsAction } from "@/lib/actions/accounts/actions";
import { fieldsNamed } from "@/lib/forms/server-errors";
import { useT } from "@/lib/i18n/use-t";
import { accountsOptions } from "@/lib/queries/accounts";
import { importAccountsSchema } from "@/lib/schemas/accounts";
import { ACCOUNT_LIMITS } from "@/lib/trtc/limits";

export function ImportAccountsForm() {
  const t = useT();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [done, setDone] = useState<string | null>(null);
  const { form, formError, pending, onSubmit } = useActionForm({
    schema: importAccountsSchema,
    defaultValues: { list: "", nick: "" },
    send: importAccountsAction,
    isField: fieldsNamed("list", "nick"),
    lostAnswer: t("people.lostAnswer"),
    onSuccess: async (result) => {
      setDone(result.message);
      form.reset();
      router.refresh();
      await queryClient.invalidateQueries({ queryKey: accountsOptions().queryKey });
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("accounts.importHeading")} className="space-y-4">
      {done ? (
        <Alert tone="info" role="status">
          {done}
        </Alert>
      ) : null}
      <FormAlert error={formError} />
      <FormField
        as="textarea"
        control={form.control}
        name="list"
        id="accounts-list"
        label={t("accounts.listLabel")}
        hint={t("accounts.listHint")}
        rows={4}
        spellCheck={false}
      />
      <FormField
        control={form.control}
        name="nick"
        id="accounts-nick"
        label={t("accounts.nickLabel")}
        hint={t("accounts.nickHint")}
        optional
        maxBytes={ACCOUNT_LIMITS.profileMaxBytes}
        autoComplete="off"
      />
      <Button type="submit" disabled={pending}>
        {t(pending ? "accounts.importing" : "accounts.import")}
      </Button>
    </form>
  );
}
