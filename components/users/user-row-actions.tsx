"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import {
  revokeUserSessionsAction,
  setUserDisabledAction,
  setUserRoleAction,
} from "@/lib/actions/users/actions";
import { ResetPasswordForm } from "./reset-password-form";
import { useT } from "@/lib/i18n/use-t";

interface Props {
  user: { id: string; email: string; role: string; disabled: boolean };
}

export function UserRowActions({ user }: Props) {
  const t = useT();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);

  const run = (call: () => Promise<ActionResult<object>>, ok: string) =>
    startTransition(async () => {
      const result = await call();
      setMessage(
        result.ok
          ? ok
          : (result.error?.message ??
              Object.values(result.fieldErrors ?? {})[0]?.[0] ??
              t("usersPage.failed")),
      );
      if (result.ok) router.refresh();
    });

  const otherRole = user.role === "admin" ? "support" : "admin";
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button
        size="sm"
        variant="secondary"
        disabled={pending}
        onClick={() =>
          run(
            () => setUserRoleAction({ userId: user.id, role: otherRole }),
            t("usersPage.roleChanged", { role: otherRole }),
          )
        }
      >
        {otherRole === "admin" ? t("usersPage.makeAdmin") : t("usersPage.makeSupport")}
      </Button>
      <Button
        size="sm"
        variant="secondary"
        disabled={pending}
        onClick={() =>
          run(
            () => setUserDisabledAction({ userId: user.id, disabled: !user.disabled }),
            user.disabled ? t("usersPage.enabled") : t("usersPage.disabled"),
          )
        }
      >
        {user.disabled ? t("usersPage.enable") : t("usersPage.disable")}
      </Button>
      <Button
        size="sm"
        variant="secondary"
        disabled={pending}
        onClick={() =>
          run(() => revokeUserSessionsAction({ userId: user.id }), t("usersPage.signedOutEverywhere"))
        }
      >
        {t("usersPage.signOutEverywhere")}
      </Button>
      <ResetPasswordForm
        user={user}
        disabled={pending}
        onReset={() => {
          setMessage(t("usersPage.passwordReset"));
          router.refresh();
        }}
      />
      {message ? (
        <span role="status" className="text-xs text-slate-600">
          {message}
        </span>
      ) : null}
    </div>
  );
}
