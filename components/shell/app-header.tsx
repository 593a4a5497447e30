import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { LocaleSwitch } from "./locale-switch";
import { ModeBadge } from "./mode-badge";
import { NavLinks } from "./nav-links";
import { useT } from "@/lib/i18n/use-t";

interface AppHeaderProps {
  mode: "tencent" | "sandbox";
  region: string;
  user: { email: string; role: "admin" | "support" } | null;
}

export function AppHeader({ mode, region, user }: AppHeaderProps) {
  const t = useT();
  return (
    <header className="border-b border-slate-200 bg-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:p-2">
        {t("shell.skip")}
      </a>
      <div className="mx-auto flex max-w-6xl items-center gap-6 px-4 py-3">
        <Link href="/" className="text-lg font-semibold tracking-tight">
          Roomdesk
        </Link>
        <ModeBadge mode={mode} region={region} />
        <NavLinks role={user?.role ?? null} />
        {user ? (
          <div className="ml-auto flex items-center gap-3 text-sm" data-testid="signed-in-user">
            <span className="text-slate-700">{user.email}</span>
            <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700">
              {user.role === "admin" ? t("shell.administrator") : t("shell.support")}
            </span>
            <LocaleSwitch />
            <SignOutButton />
          </div>
        ) : (
          <div className="ml-auto">
            <LocaleSwitch />
          </div>
        )}
      </div>
    </header>
  );
}
