"use client";

import { parseQuery } from "@/lib/support/parse-query";
import { supportExportUrl } from "@/lib/queries/support";
import { Alert } from "@/components/ui/alert";
import { EventSearch } from "@/components/room-events/event-search";
import { ResultsTable } from "./results-table";
import { SearchForm } from "./search-form";
import { useSupportFilters } from "./use-support-filters";
import { queryRefusal } from "@/lib/i18n/describe-query";
import { useT } from "@/lib/i18n/use-t";

export function SupportConsole() {
  const t = useT();
  const { filters, query, apply } = useSupportFilters();
  const parsed = parseQuery(filters.q);
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{t("support.title")}</h1>
          <p className="mt-1 text-sm text-slate-600">{t("support.intro")}</p>
        </div>
        {parsed.kind !== "invalid" ? (
          <a
            href={supportExportUrl(filters)}
            download
            className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 shadow-sm hover:bg-slate-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-slate-900 focus-visible:ring-offset-2"
          >
            {t("support.exportCsv")}
          </a>
        ) : null}
      </header>
      <SearchForm key={query} initial={filters} onApply={apply} />
      <section aria-label={t("support.results")}>
        {parsed.kind === "invalid" ? (
          <Alert tone="warning" role="status" title={t("support.nothingSearched")}>
            {queryRefusal(t, parsed)}
          </Alert>
        ) : (
          <ResultsTable filters={filters} back={query} />
        )}
      </section>
      <EventSearch
        key={query}
        defaultRoom={parsed.kind === "room" || parsed.kind === "roomOrActor" ? parsed.value : null}
      />
    </div>
  );
}
