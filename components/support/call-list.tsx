import Link from "next/link";
import type { SupportCall } from "@/lib/support/types";
import { ErrorCodeText } from "./error-code-cell";
import { LocalTime } from "./local-time";
import { OutcomeBadge } from "./outcome-badge";
import { useT } from "@/lib/i18n/use-t";

interface CallListProps {
  id: string;
  title: string;
  empty: string;
  calls: SupportCall[];
  currentId: number;
}

/** Attempts of one intent, or a room's timeline: each entry links to its own detail. */
export function CallList({ id, title, empty, calls, currentId }: CallListProps) {
  const t = useT();
  return (
    <section aria-labelledby={`${id}-heading`} className="rounded-xl border border-slate-200 bg-white p-4">
      <h2 id={`${id}-heading`} className="text-base font-semibold text-slate-900">
        {title}
      </h2>
      {calls.length === 0 ? (
        <p className="mt-3 text-sm text-slate-600">{empty}</p>
      ) : (
        <ol className="mt-3 space-y-2" data-testid={id}>
          {calls.map((c) => (
            <li
              key={c.id}
              aria-current={c.id === currentId ? "true" : undefined}
              className="flex flex-wrap items-start gap-x-4 gap-y-1 rounded-md border border-slate-100 p-2 text-sm aria-[current=true]:border-sky-300 aria-[current=true]:bg-sky-50"
            >
              <LocalTime iso={c.occurredAt} />
              <span>
                {c.action}
                {c.attempt !== null ? t("support.attemptPart", { attempt: c.attempt }) : ""}
              </span>
              <OutcomeBadge outcome={c.outcome} />
              <ErrorCodeText code={c.errorCode} />
              {c.id === currentId ? (
                <span className="font-mono text-xs break-all">
                  {c.requestId ?? t("support.noRequestId")} {t("support.thisCall")}
                </span>
              ) : (
                <Link
                  href={`/support/${c.id}`}
                  className="font-mono text-xs break-all text-sky-800 underline underline-offset-2"
                >
                  {c.requestId ?? t("support.callLink", { id: c.id })}
                </Link>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
