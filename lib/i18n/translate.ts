import { createTranslator } from "use-intl/core";
import { en } from "./messages/en";

/**
 * Every word Roomdesk says lives in a message catalog (lib/i18n/messages), in ICU message format. Services
 * return outcomes with parameters; the actions and the UI turn them into words here.
 */
export type Messages = typeof en;

const CATALOGS = { en } as const;
export type Locale = keyof typeof CATALOGS;
export const DEFAULT_LOCALE: Locale = "en";

export function translator(locale: Locale = DEFAULT_LOCALE) {
  return createTranslator({ locale, messages: CATALOGS[locale] });
}

export type Translate = ReturnType<typeof translator>;
