import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import type { Theme } from "@/lib/theme/preference";
import { HeaderMenu } from "./header-menu";
import { LocaleSwitch } from "./locale-switch";
import { ModeBadge } from "./mode-badge";
import { NavLinks } from "./nav-links";
import { ThemeSwitch } from "./theme-switch";
import { useT } from "@/lib/i18n/use-t";

interface AppHeaderProps {
  mode: "tencent" | "sandbox";
  region: string;
  user: { email: string; role: "admin" | "support" } | null;
  theme: Theme;
}

/**
 * On a desk: the brand and the viewer's controls on one line, the pages on the next. Below lg (phones,
 * narrow windows) both fold behind the Menu button, so the header is never wider than the screen.
 */
export function AppHeader({ mode, region, user, theme }: AppHeaderProps) {
  const t = useT();
  return (
    <header className="border-b border-slate-200 bg-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:p-2">
        {t("shell.skip")}
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2 lg:gap-x-6 lg:py-3">
        <Link
          href="/"
          className="inline-flex min-h-11 items-center text-lg font-semibold tracking-tight lg:min-h-0"
        >
          Roomdesk
        </Link>
        <ModeBadge mode={mode} region={region} />
        <HeaderMenu label={t("layout.menu")}>
          <NavLinks role={user?.role ?? null} />
          <div
            className="flex flex-col gap-3 border-t border-slate-200 pt-3 text-sm lg:ml-auto lg:flex-row lg:items-center lg:border-0 lg:pt-0"
            data-testid={user ? "signed-in-user" : undefined}
          >
            {user && (
              <p className="flex flex-wrap items-center gap-2">
                <span className="break-all text-slate-700">{user.email}</span>
                <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700">
                  {user.role === "admin" ? t("shell.administrator") : t("shell.support")}
                </span>
              </p>
            )}
            <LocaleSwitch />
            <ThemeSwitch initial={theme} />
            {user && <SignOutButton />}
          </div>
        </HeaderMenu>
      </div>
    </header>
  );
}
