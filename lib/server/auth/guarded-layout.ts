import "server-only";
import type { ReactNode } from "react";
import { requireRole, type Role } from "./guard";

/**
 * A segment layout that runs its pages' guard before any of the segment is sent. A loading.tsx puts the
 * page inside Suspense, so a refusal thrown by the page would arrive after a 200 had been written; thrown
 * here, above that boundary, it is still the response's 403, or its redirect to sign in. The pages keep
 * their own guard (and read the actor from it); the session is checked once per render either way.
 */
export function guardedLayout(role: Role) {
  return async function GuardedLayout({ children }: { children: ReactNode }) {
    await requireRole(role);
    return children;
  };
}
