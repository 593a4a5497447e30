"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useT } from "@/lib/i18n/use-t";

// Hidden links are a courtesy: the pages refuse on the server whatever the nav shows.
const LINKS = [
  { href: "/schedule", label: "shell.navSchedule", adminOnly: true },
  { href: "/bulk", label: "shell.navBulk", adminOnly: true },
  { href: "/meetings", label: "shell.navMeetings", adminOnly: false },
  { href: "/support", label: "shell.navSupport", adminOnly: false },
  { href: "/accounts", label: "shell.navAccounts", adminOnly: true },
  { href: "/callbacks", label: "shell.navCallbacks", adminOnly: true },
  { href: "/users", label: "shell.navUsers", adminOnly: true },
] as const;

/** A column of full-width 44 px rows in the phone menu; the header's second line from lg up. */
export function NavLinks({ role }: { role: "admin" | "support" | null }) {
  const t = useT();
  const pathname = usePathname();
  if (!role) return null;
  return (
    <nav aria-label={t("shell.nav")} className="flex flex-col gap-1 lg:order-last lg:w-full lg:flex-row">
      {LINKS.filter((l) => role === "admin" || !l.adminOnly).map(({ href, label }) => {
        const current = pathname === href || pathname.startsWith(`${href}/`);
        return (
          <Link
            key={href}
            href={href}
            aria-current={current ? "page" : undefined}
            className={`flex min-h-11 items-center rounded-md px-3 py-1.5 text-sm font-medium lg:min-h-0 ${
              current ? "bg-slate-900 text-white" : "text-slate-700 hover:bg-slate-100"
            }`}
          >
            {t(label)}
          </Link>
        );
      })}
    </nav>
  );
}
