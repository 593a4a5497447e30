import { CopyButton } from "@/components/ui/copy-button";
import { useT } from "@/lib/i18n/use-t";

/** Stored bodies are redacted JSON, or redacted text when the upstream answered with something else. */
export function prettyBody(body: string | null): string {
  if (body === null) return "";
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}

export function JsonPanel({ id, title, body }: { id: string; title: string; body: string | null }) {
  const t = useT();
  const text = prettyBody(body);
  return (
    <section
      aria-labelledby={`${id}-heading`}
      className="min-w-0 rounded-xl border border-slate-200 bg-white p-4"
    >
      <div className="flex items-center justify-between gap-3">
        <h2 id={`${id}-heading`} className="text-base font-semibold text-slate-900">
          {title}
        </h2>
        {text ? <CopyButton text={text} label={t("support.copyBody", { title })} /> : null}
      </div>
      {text ? (
        <pre
          tabIndex={0}
          role="region"
          aria-labelledby={`${id}-heading`}
          data-testid={id}
          className="mt-3 max-h-96 overflow-auto rounded-md bg-slate-50 p-3 font-mono text-xs text-slate-900"
        >
          {text}
        </pre>
      ) : (
        <p className="mt-3 text-sm text-slate-600">{t("support.nothingRecorded")}</p>
      )}
    </section>
  );
}
