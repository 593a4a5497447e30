"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useSessionRecovery } from "@/components/ui/session-recovery";
import type { ActionResult } from "@/lib/actions/result";
import {
  revokeUserSessionsAction,
  setUserDisabledAction,
  setUserRoleAction,
} from "@/lib/actions/users/actions";
import { ResetPasswordDialog } from "./reset-password-dialog";
import { useT } from "@/lib/i18n/use-t";

interface Props {
  user: { id: string; email: string; role: string; disabled: boolean };
}

type Outcome = { tone: "done" | "refused"; text: string };
type Asking = "role" | "disable" | null;

/**
 * A user's row of controls. Changing a role and disabling act on someone else's access, so each asks
 * first; a refusal (the last administrator) is an alert, not a note that is easy to miss.
 */
export function UserRowActions({ user }: Props) {
  const t = useT();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [asking, setAsking] = useState<Asking>(null);
  const recovering = useSessionRecovery();

  const run = (call: () => Promise<ActionResult<object>>, ok: string) =>
    startTransition(async () => {
      const result = await recovering(call);
      setOutcome(
        result.ok
          ? { tone: "done", text: ok }
          : {
              tone: "refused",
              text:
                result.error?.message ??
                Object.values(result.fieldErrors ?? {})[0]?.[0] ??
                t("usersPage.failed"),
            },
      );
      if (result.ok) router.refresh();
    });

  const otherRole = user.role === "admin" ? "support" : "admin";
  const changeRole = () =>
    run(
      () => setUserRoleAction({ userId: user.id, role: otherRole }),
      t("usersPage.roleChanged", { role: otherRole }),
    );
  const setDisabled = (disabled: boolean) =>
    run(
      () => setUserDisabledAction({ userId: user.id, disabled }),
      disabled ? t("usersPage.disabled") : t("usersPage.enabled"),
    );
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button size="sm" variant="secondary" disabled={pending} onClick={() => setAsking("role")}>
        {otherRole === "admin" ? t("usersPage.makeAdmin") : t("usersPage.makeSupport")}
      </Button>
      <Button
        size="sm"
        variant={user.disabled ? "secondary" : "dangerOutline"}
        disabled={pending}
        onClick={() => (user.disabled ? setDisabled(false) : setAsking("disable"))}
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
      <ResetPasswordDialog
        user={user}
        disabled={pending}
        onReset={() => {
          setOutcome({ tone: "done", text: t("usersPage.passwordReset") });
          router.refresh();
        }}
      />
      <ConfirmDialog
        open={asking === "role"}
        title={t(otherRole === "admin" ? "userDialogs.makeAdminTitle" : "userDialogs.makeSupportTitle", {
          email: user.email,
        })}
        confirmLabel={otherRole === "admin" ? t("usersPage.makeAdmin") : t("usersPage.makeSupport")}
        cancelLabel={t("userDialogs.keep")}
        onConfirm={changeRole}
        onClose={() => setAsking(null)}
      >
        {t(otherRole === "admin" ? "userDialogs.makeAdminBody" : "userDialogs.makeSupportBody")}
      </ConfirmDialog>
      <ConfirmDialog
        open={asking === "disable"}
        title={t("userDialogs.disableTitle", { email: user.email })}
        confirmLabel={t("usersPage.disable")}
        cancelLabel={t("userDialogs.keep")}
        danger
        onConfirm={() => setDisabled(true)}
        onClose={() => setAsking(null)}
      >
        {t("userDialogs.disableBody")}
      </ConfirmDialog>
      {outcome?.tone === "refused" ? (
        <p
          role="alert"
          className="w-full rounded-md border border-red-200 bg-red-50 px-3 py-2 text-xs text-red-900"
        >
          {outcome.text}
        </p>
      ) : outcome ? (
        <span role="status" className="text-xs text-slate-600">
          {outcome.text}
        </span>
      ) : null}
    </div>
  );
}
