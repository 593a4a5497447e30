"use client";

import { useCallback, useRef, useState, type ReactNode } from "react";
import { SessionRecoveryContext } from "@/components/ui/session-recovery";
import { SignInAgainDialog } from "./sign-in-again-dialog";

/** One sign-in dialog for the whole dashboard; forms waiting on it are all answered by one sign-in. */
export function SessionRecoveryProvider({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const waiting = useRef<((signedIn: boolean) => void)[]>([]);

  const ask = useCallback(
    () =>
      new Promise<boolean>((resolve) => {
        waiting.current.push(resolve);
        setOpen(true);
      }),
    [],
  );

  const settle = (signedIn: boolean) => {
    const answered = waiting.current;
    waiting.current = [];
    setOpen(false);
    for (const resolve of answered) resolve(signedIn);
  };

  return (
    <SessionRecoveryContext value={ask}>
      {children}
      {open ? <SignInAgainDialog onSignedIn={() => settle(true)} onDismiss={() => settle(false)} /> : null}
    </SessionRecoveryContext>
  );
}
