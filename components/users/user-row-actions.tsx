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

interface Props {
  user: { id: string; email: string; role: string; disabled: boolean };
}

export function UserRowActions({ user }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);

  const run = (call: () => Promise<ActionResult<object>>, ok: string) =>
    startTransition(async () => {
      const result = await call();
      setMessage(
        result.ok
          ? ok
          : (result.error?.message ?? Object.values(result.fieldErrors ?? {})[0]?.[0] ?? "Failed."),
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
          run(() => setUserRoleAction({ userId: user.id, role: otherRole }), `Role changed to ${otherRole}.`)
        }
      >
        {otherRole === "admin" ? "Make admin" : "Make support"}
      </Button>
      <Button
        size="sm"
        variant="secondary"
        disabled={pending}
        onClick={() =>
          run(
            () => setUserDisabledAction({ userId: user.id, disabled: !user.disabled }),
            user.disabled ? "Enabled." : "Disabled.",
          )
        }
      >
        {user.disabled ? "Enable" : "Disable"}
      </Button>
      <Button
        size="sm"
        variant="secondary"
        disabled={pending}
        onClick={() => run(() => revokeUserSessionsAction({ userId: user.id }), "Signed out everywhere.")}
      >
        Sign out everywhere
      </Button>
      <ResetPasswordForm
        user={user}
        disabled={pending}
        onReset={() => {
          setMessage("Password reset.");
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
