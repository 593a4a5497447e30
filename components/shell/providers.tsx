"use client";

import { QueryClientProvider } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { SessionRecoveryProvider } from "@/components/auth/session-recovery-provider";
import { ToastProvider } from "@/components/ui/toast";
import { getQueryClient } from "@/lib/query-client";

export function Providers({ children }: { children: ReactNode }) {
  return (
    <QueryClientProvider client={getQueryClient()}>
      <ToastProvider>
        <SessionRecoveryProvider>{children}</SessionRecoveryProvider>
      </ToastProvider>
    </QueryClientProvider>
  );
}
