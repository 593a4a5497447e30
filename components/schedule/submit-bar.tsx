import { Button } from "@/components/ui/button";

export function SubmitBar({ pending }: { pending: boolean }) {
  return (
    <div className="flex items-center justify-end gap-4 rounded-xl border border-slate-200 bg-white px-6 py-4 shadow-sm">
      <p aria-live="polite" className="text-sm text-slate-500">
        {pending ? "Scheduling…" : "Nothing is sent until every field is valid."}
      </p>
      <Button type="submit" disabled={pending} aria-busy={pending || undefined}>
        Schedule
      </Button>
    </div>
  );
}
