"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

// Hidden links are a courtesy: the pages refuse on the server whatever the nav shows.
const LINKS = [
  { href: "/schedule", label: "Schedule", adminOnly: true },
  { href: "/meetings", label: "Meetings", adminOnly: false },
  { href: "/support", label: "Support", adminOnly: false },
  { href: "/accounts", label: "Accounts", adminOnly: true },
  { href: "/users", label: "Users", adminOnly: true },
] as const;

export function NavLinks({ role }: { role: "admin" | "support" | null }) {
  const pathname = usePathname();
  if (!role) return null;
  return (
    <nav aria-label="Main" className="flex gap-1">
      {LINKS.filter((l) => role === "admin" || !l.adminOnly).map(({ href, label }) => {
        const current = pathname === href || pathname.startsWith(`${href}/`);
        return (
          <Link
            key={href}
            href={href}
            aria-current={current ? "page" : undefined}
            className={`rounded-md px-3 py-1.5 text-sm font-medium ${
              current ? "bg-slate-900 text-white" : "text-slate-700 hover:bg-slate-100"
            }`}
          >
            {label}
          </Link>
        );
      })}
    </nav>
  );
}
