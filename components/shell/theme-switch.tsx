"use client";

import { useState } from "react";
import { useT } from "@/lib/i18n/use-t";
import {
  colorSchemeOf,
  isTheme,
  THEME_COOKIE,
  THEME_COOKIE_MAX_AGE,
  THEMES,
  type Theme,
} from "@/lib/theme/preference";
import { headerPickerLabel, headerPickerSelect } from "./header-select";

const OPTION_LABEL = {
  system: "layout.themeSystem",
  light: "layout.themeLight",
  dark: "layout.themeDark",
} as const;

/**
 * System, light or dark. Takes effect at once (globals.css paints from <html data-theme>) and is saved
 * in a preference cookie, so the server writes it into the next page's first byte.
 */
export function ThemeSwitch({ initial }: { initial: Theme }) {
  const t = useT();
  const [theme, setTheme] = useState(initial);
  return (
    <label className={headerPickerLabel}>
      <span>{t("layout.theme")}</span>
      <select
        className={headerPickerSelect}
        value={theme}
        data-testid="theme-switch"
        onChange={(event) => {
          const next = event.target.value;
          if (!isTheme(next)) return;
          setTheme(next);
          const secure = window.location.protocol === "https:" ? "; Secure" : "";
          document.cookie = `${THEME_COOKIE}=${next}; Path=/; Max-Age=${THEME_COOKIE_MAX_AGE}; SameSite=Lax${secure}`;
          document.documentElement.dataset.theme = next;
          document.querySelector('meta[name="color-scheme"]')?.setAttribute("content", colorSchemeOf(next));
        }}
      >
        {THEMES.map((value) => (
          <option key={value} value={value}>
            {t(OPTION_LABEL[value])}
          </option>
        ))}
      </select>
    </label>
  );
}
