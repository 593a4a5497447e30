import { useT } from "@/lib/i18n/use-t";

const BARS = ["w-3/4", "w-1/2", "w-2/3"];

/**
 * What a dashboard page shows while the server prepares it: the page's own heading where it will be, and
 * a quiet card saying it is loading, inside the same header and width, so nothing jumps when it arrives.
 * The bars only pulse for those who have not asked for less motion.
 */
export function PageLoading({ title }: { title?: string }) {
  const t = useT();
  return (
    <div className="space-y-6">
      {title ? <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{title}</h1> : null}
      <div role="status" className="rounded-xl border border-slate-200 bg-white p-6">
        <p className="text-sm text-slate-500">{t("feedback.loading")}</p>
        <div aria-hidden="true" className="mt-4 space-y-3">
          {BARS.map((width) => (
            <div
              key={width}
              className={`h-4 max-w-full rounded bg-slate-100 motion-safe:animate-pulse ${width}`}
            />
          ))}
        </div>
      </div>
    </div>
  );
}
