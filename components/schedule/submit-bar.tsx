import { useWatch } from "react-hook-form";
import { useSeriesForm } from "@/components/series/series-form-context";
import { useSeriesMeetingCount } from "@/components/series/use-series-expansion";
import { Button } from "@/components/ui/button";
import { useT } from "@/lib/i18n/use-t";

/** One meeting, or a series: then the number of meetings the preview lists (less the days left out). */
function useScheduleLabel(): string {
  const t = useT();
  const repeating = useWatch({ control: useSeriesForm().control, name: "repeat.enabled" });
  const count = useSeriesMeetingCount();
  if (!repeating) return t("scheduleForm.schedule");
  return count === null ? t("series.scheduleSeries") : t("series.scheduleCount", { count });
}

/** Stays at the bottom of the window while the form scrolls, so Schedule is always one press away. */
export function SubmitBar({ pending }: { pending: boolean }) {
  const t = useT();
  const label = useScheduleLabel();
  return (
    <div className="sticky bottom-0 z-10 flex items-center justify-end gap-4 rounded-t-xl border border-slate-200 bg-white/95 px-6 py-3 shadow-[0_-4px_12px_-6px_rgba(15,23,42,0.15)] backdrop-blur">
      <p aria-live="polite" className="text-sm text-slate-500">
        {pending ? t("scheduleForm.scheduling") : t("scheduleForm.nothingSentYet")}
      </p>
      <Button type="submit" disabled={pending} aria-busy={pending || undefined}>
        {label}
      </Button>
    </div>
  );
}
