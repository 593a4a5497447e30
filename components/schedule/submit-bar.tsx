import { Button } from "@/components/ui/button";
import { useT } from "@/lib/i18n/use-t";

export function SubmitBar({ pending }: { pending: boolean }) {
  const t = useT();
  return (
    <div className="flex items-center justify-end gap-4 rounded-xl border border-slate-200 bg-white px-6 py-4 shadow-sm">
      <p aria-live="polite" className="text-sm text-slate-500">
        {pending ? t("scheduleForm.scheduling") : t("scheduleForm.nothingSentYet")}
      </p>
      <Button type="submit" disabled={pending} aria-busy={pending || undefined}>
        {t("scheduleForm.schedule")}
      </Button>
    </div>
  );
}
