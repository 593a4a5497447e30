import type { ReactNode } from "react";
import { AppHeader } from "@/components/shell/app-header";
import { Providers } from "@/components/shell/providers";
import { getTrtcStatus } from "@/lib/server/trtc-status";

// Reads configuration and the database on every request; never prerendered at build time.
export const dynamic = "force-dynamic";

export default function DashboardLayout({ children }: { children: ReactNode }) {
  const status = getTrtcStatus();
  return (
    <Providers>
      <AppHeader mode={status.mode} region={status.region} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </Providers>
  );
}
