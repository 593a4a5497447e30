import type { ReactNode } from "react";
import { LocaleSwitch } from "@/components/shell/locale-switch";
import { ModeBadge } from "@/components/shell/mode-badge";
import { ThemeSwitch } from "@/components/shell/theme-switch";
import { requestTheme } from "@/lib/server/theme";
import { getTrtcStatus } from "@/lib/server/trtc-status";

// Reads the database (is there a user yet?) and carries the per-request CSP nonce.
export const dynamic = "force-dynamic";

export default async function AuthLayout({ children }: { children: ReactNode }) {
  const { mode, region } = getTrtcStatus();
  const theme = await requestTheme();
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-sm flex-col justify-center px-4 py-12">
      <p className="mb-6 flex items-center justify-center gap-3 text-lg font-semibold tracking-tight">
        Roomdesk <ModeBadge mode={mode} region={region} />
      </p>
      <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">{children}</div>
      <div className="mt-4 flex flex-wrap justify-center gap-x-6 gap-y-2">
        <LocaleSwitch />
        <ThemeSwitch initial={theme} />
      </div>
    </main>
  );
}
