"use client";

import { createContext, useContext } from "react";
import { isSessionEnded } from "@/lib/actions/result";

/**
 * Asks the person to sign in again without leaving the page; resolves true once signed in, false if
 * they chose not to. Provided by the dashboard shell (components/auth/session-recovery-provider.tsx).
 */
export type AskToSignIn = () => Promise<boolean>;

export const SessionRecoveryContext = createContext<AskToSignIn | null>(null);

/**
 * Wraps an action call so that a session that ran out under a form costs nothing typed: the action's
 * "session expired" answer opens the sign-in dialog, and once signed in the same call (same values, same
 * intent id) is sent again, once. Declined, the answer is shown like any refusal; the values stay.
 */
export function useSessionRecovery() {
  const ask = useContext(SessionRecoveryContext);
  return async function recovering<R>(call: () => Promise<R>): Promise<R> {
    const result = await call();
    if (!ask || !isSessionEnded(result) || !(await ask())) return result;
    return call();
  };
}
