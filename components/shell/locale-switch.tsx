"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, LOCALE_NAMES, LOCALES, isLocale } from "@/lib/i18n/locales";
import { useT, useViewerLocale } from "@/lib/i18n/use-t";

/**
 * The saved language choice. A plain preference cookie (not the session), so signing out keeps it and the
 * sign-in page already speaks it; the server re-renders in the new language on refresh.
 */
export function LocaleSwitch() {
  const t = useT();
  const locale = useViewerLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <label className="flex items-center gap-1.5 text-xs text-slate-600">
      <span>{t("shell.language")}</span>
      <select
        className="rounded-md border border-slate-300 bg-white px-1.5 py-1 text-xs text-slate-800"
        value={locale}
        disabled={pending}
        data-testid="locale-switch"
        onChange={(event) => {
          const next = event.target.value;
          if (!isLocale(next)) return;
          const secure = window.location.protocol === "https:" ? "; Secure" : "";
          document.cookie = `${LOCALE_COOKIE}=${next}; Path=/; Max-Age=${LOCALE_COOKIE_MAX_AGE}; SameSite=Lax${secure}`;
          startTransition(() => router.refresh());
        }}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
