"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/styles";
import type { ActionResult } from "@/lib/actions/result";
import {
  resetUserPasswordAction,
  revokeUserSessionsAction,
  setUserDisabledAction,
  setUserRoleAction,
} from "@/lib/actions/users/actions";

interface Props {
  user: { id: string; email: string; role: string; disabled: boolean };
}

export function UserRowActions({ user }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const [password, setPassword] = useState("");

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
      <label className="sr-only" htmlFor={`pw-${user.id}`}>
        New password for {user.email}
      </label>
      <input
        id={`pw-${user.id}`}
        type="password"
        placeholder="New password"
        autoComplete="new-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        className={`${controlClass} w-40 py-1 text-xs`}
      />
      <Button
        size="sm"
        variant="secondary"
        disabled={pending || password.length === 0}
        onClick={() =>
          run(
            () => resetUserPasswordAction({ userId: user.id, password }).finally(() => setPassword("")),
            "Password reset.",
          )
        }
      >
        Reset password
      </Button>
      {message ? (
        <span role="status" className="text-xs text-slate-600">
          {message}
        </span>
      ) : null}
    </div>
  );
}
