import { cx } from "@/components/ui/cx";
import type { Outcome } from "@/lib/support/types";

const STYLES: Record<Outcome, string> = {
  ok: "bg-emerald-50 text-emerald-800 ring-emerald-600/30",
  failed: "bg-red-50 text-red-800 ring-red-600/30",
  unknown: "bg-amber-50 text-amber-900 ring-amber-600/30",
  refused: "bg-slate-100 text-slate-800 ring-slate-500/30",
  pending: "bg-sky-50 text-sky-900 ring-sky-600/30",
  interrupted: "bg-amber-50 text-amber-900 ring-amber-600/30",
};

export function OutcomeBadge({ outcome }: { outcome: Outcome }) {
  return (
    <span
      className={cx(
        "inline-flex rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset",
        STYLES[outcome],
      )}
    >
      {outcome}
    </span>
  );
}
