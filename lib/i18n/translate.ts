import { createTranslator } from "use-intl/core";
import type { en } from "./messages/en";
import { DEFAULT_LOCALE, type Locale } from "./locales";

/**
 * Every word Roomdesk says lives in a message catalog (lib/i18n/messages), in ICU message format. Services
 * return outcomes with parameters; the actions and the UI turn them into words here. This module imports
 * no catalog, so the browser only ever receives the viewer's own (through NextIntlClientProvider).
 */
export type Messages = typeof en;
export type { Locale };
export { DEFAULT_LOCALE };

export function translatorFor(locale: Locale, messages: Messages) {
  return createTranslator({ locale, messages });
}

export type Translate = ReturnType<typeof translatorFor>;
