"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, LOCALE_NAMES, LOCALES, isLocale } from "@/lib/i18n/locales";
import { useT, useViewerLocale } from "@/lib/i18n/use-t";
import { headerPickerLabel, headerPickerSelect } from "./header-select";

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
    <label className={headerPickerLabel}>
      <span>{t("shell.language")}</span>
      <select
        className={headerPickerSelect}
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
