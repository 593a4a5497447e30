"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/styles";
import { ACTION_OPTIONS, type SupportFilters } from "@/lib/support/filters";
import { parseQuery } from "@/lib/support/parse-query";
import { OUTCOMES } from "@/lib/support/types";
import { canonicalQuery } from "./canonical-query";
import { FilterField } from "./filter-field";
import { useT } from "@/lib/i18n/use-t";
import { describeQuery } from "@/lib/i18n/describe-query";

interface SearchFormProps {
  initial: SupportFilters;
  onApply(next: SupportFilters): void;
}

/** One box that reads whatever is pasted, plus filters; Enter or "Search" applies them all to the URL. */
export function SearchForm({ initial, onApply }: SearchFormProps) {
  const t = useT();
  const [f, setF] = useState(initial);
  const set = (patch: Partial<SupportFilters>) => setF((prev) => ({ ...prev, ...patch }));
  const parsed = parseQuery(f.q);

  const applyWith = (patch: Partial<SupportFilters>) =>
    onApply({ ...f, q: canonicalQuery(f.q), code: f.code.trim(), actor: f.actor.trim(), ...patch });

  function submit(event: FormEvent) {
    event.preventDefault();
    applyWith({});
  }

  return (
    <form
      role="search"
      aria-label={t("support.searchLabel")}
      onSubmit={submit}
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-4"
    >
      <div className="space-y-1.5">
        <label htmlFor="support-q" className="text-sm font-medium text-slate-800">
          {t("support.queryLabel")}
        </label>
        <div className="flex gap-2">
          <input
            id="support-q"
            type="search"
            value={f.q}
            onChange={(e) => set({ q: e.target.value })}
            aria-describedby="support-q-reading"
            aria-invalid={parsed.kind === "invalid" || undefined}
            placeholder={t("support.queryPlaceholder")}
            autoComplete="off"
            spellCheck={false}
            className={controlClass}
          />
          <Button type="submit">{t("support.search")}</Button>
        </div>
        <p id="support-q-reading" className="text-xs text-slate-600">
          {f.q.trim() ? t("support.readsAs", { reading: describeQuery(t, parsed) }) : t("support.tip")}
        </p>
      </div>
      <div className="grid grid-cols-2 gap-3 md:grid-cols-6">
        <FilterField id="support-action" label={t("support.action")}>
          <select
            id="support-action"
            value={f.action}
            onChange={(e) => set({ action: e.target.value })}
            className={controlClass}
          >
            <option value="">{t("support.anyAction")}</option>
            {ACTION_OPTIONS.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField id="support-outcome" label={t("support.outcome")}>
          <select
            id="support-outcome"
            value={f.outcome}
            onChange={(e) => set({ outcome: e.target.value as SupportFilters["outcome"] })}
            className={controlClass}
          >
            <option value="">{t("support.anyOutcome")}</option>
            {OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {o}
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField id="support-code" label="ErrorCode">
          <input
            id="support-code"
            inputMode="numeric"
            pattern="\d{1,9}"
            value={f.code}
            onChange={(e) => set({ code: e.target.value })}
            className={controlClass}
          />
        </FilterField>
        <FilterField id="support-actor" label={t("support.userId")}>
          <input
            id="support-actor"
            value={f.actor}
            onChange={(e) => set({ actor: e.target.value })}
            className={controlClass}
          />
        </FilterField>
        <FilterField id="support-from" label={t("support.fromUtc")}>
          <input
            id="support-from"
            type="date"
            value={f.from}
            max={f.to || undefined}
            onChange={(e) => set({ from: e.target.value })}
            className={controlClass}
          />
        </FilterField>
        <FilterField id="support-to" label={t("support.toUtc")}>
          <input
            id="support-to"
            type="date"
            value={f.to}
            min={f.from || undefined}
            onChange={(e) => set({ to: e.target.value })}
            className={controlClass}
          />
        </FilterField>
      </div>
      <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
        <label className="inline-flex items-center gap-2 text-sm text-slate-800">
          <input
            type="checkbox"
            checked={f.auth === "include"}
            // A switch of what is listed rather than a term of the search: it applies at once.
            onChange={(e) => {
              const auth = e.target.checked ? "include" : "";
              set({ auth });
              applyWith({ auth });
            }}
            className="size-4 rounded border-slate-300"
          />
          {t("auditView.includeAuth")}
        </label>
        <Link href="/support" className="text-sm text-slate-700 underline underline-offset-2">
          {t("support.clear")}
        </Link>
      </div>
    </form>
  );
}
