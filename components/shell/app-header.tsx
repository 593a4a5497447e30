import Link from "next/link";
import { NavLinks } from "./nav-links";

export function AppHeader({ mode, region }: { mode: "tencent" | "sandbox"; region: string }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:p-2">
        Skip to content
      </a>
      <div className="mx-auto flex max-w-6xl items-center gap-6 px-4 py-3">
        <Link href="/schedule" className="text-lg font-semibold tracking-tight">
          Roomdesk
        </Link>
        {mode === "sandbox" ? (
          <span
            className="rounded-full bg-amber-100 px-2.5 py-0.5 text-xs font-semibold text-amber-900 ring-1 ring-amber-300"
            title="Calls go to the local TRTC sandbox, not to Tencent. Nothing is billed."
            data-testid="sandbox-badge"
          >
            Sandbox
          </span>
        ) : (
          <span className="rounded-full bg-emerald-50 px-2.5 py-0.5 text-xs font-medium text-emerald-800 ring-1 ring-emerald-200">
            Tencent · {region}
          </span>
        )}
        <NavLinks />
      </div>
    </header>
  );
}
