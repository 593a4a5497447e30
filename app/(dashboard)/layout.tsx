import type { ReactNode } from "react";
import { AppHeader } from "@/components/shell/app-header";
import { Providers } from "@/components/shell/providers";
import { currentActor } from "@/lib/server/auth/guard";
import { requestTheme } from "@/lib/server/theme";
import { getTrtcStatus } from "@/lib/server/trtc-status";

// Reads configuration and the database on every request; never prerendered at build time.
export const dynamic = "force-dynamic";

/** The header shows who is signed in; each page still calls requireRole itself (this is only UX). */
export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const status = getTrtcStatus();
  const [actor, theme] = await Promise.all([currentActor(), requestTheme()]);
  return (
    <Providers>
      <AppHeader
        mode={status.mode}
        region={status.region}
        user={actor ? { email: actor.email ?? "", role: actor.role } : null}
        theme={theme}
      />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </Providers>
  );
}
