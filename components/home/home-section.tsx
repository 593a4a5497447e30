import Link from "next/link";
import type { ReactNode } from "react";

/** One card of the home page: a heading others can link to, its list, and a way to the full view. */
export function HomeSection({
  id,
  title,
  note,
  more,
  children,
}: {
  id: string;
  title: string;
  note?: string;
  more?: { href: string; label: string };
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="rounded-xl border border-slate-200 bg-white shadow-sm">
      <header className="flex items-baseline justify-between gap-4 border-b border-slate-100 px-4 py-3">
        <h2 id={id} className="text-base font-semibold text-slate-900">
          {title}
        </h2>
        {more ? (
          <Link href={more.href} className="text-sm font-medium text-slate-700 hover:underline">
            {more.label}
          </Link>
        ) : null}
      </header>
      {note ? <p className="px-4 pt-3 text-xs text-slate-500">{note}</p> : null}
      {children}
    </section>
  );
}

export function EmptyLine({ children }: { children: ReactNode }) {
  return <p className="px-4 py-4 text-sm text-slate-500">{children}</p>;
}
