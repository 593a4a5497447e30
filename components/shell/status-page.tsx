import type { ReactNode } from "react";

/**
 * The frame of the pages Roomdesk shows instead of the one asked for (not found, an error): the name,
 * a heading, what happened and where to go next.
 */
export function StatusPage({ title, body, children }: { title: string; body: string; children?: ReactNode }) {
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-16 text-center">
      <p className="mb-6 text-lg font-semibold tracking-tight text-slate-900">Roomdesk</p>
      <h1 className="text-xl font-semibold" tabIndex={-1}>
        {title}
      </h1>
      <p className="mt-2 text-sm text-slate-600">{body}</p>
      <div className="mt-6 flex flex-wrap items-center justify-center gap-4">{children}</div>
    </main>
  );
}
