import { cx } from "@/components/ui/cx";
import type { MeetingPhase } from "@/lib/meetings/types";
import { useT } from "@/lib/i18n/use-t";

const STYLES: Record<MeetingPhase, string> = {
  upcoming: "bg-sky-50 text-sky-800 ring-sky-200",
  live: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  ended: "bg-slate-100 text-slate-700 ring-slate-200",
  cancelled: "bg-red-50 text-red-800 ring-red-200",
};

const LABELS = {
  upcoming: "meetings.phaseUpcoming",
  live: "meetings.phaseLive",
  ended: "meetings.phaseEnded",
  cancelled: "meetings.phaseCancelled",
} as const satisfies Record<MeetingPhase, string>;

export function MeetingPhaseBadge({ phase }: { phase: MeetingPhase }) {
  const t = useT();
  return (
    <span className={cx("rounded-full px-2 py-0.5 text-xs font-medium ring-1", STYLES[phase])}>
      {t(LABELS[phase])}
    </span>
  );
}
