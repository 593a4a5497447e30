import { useLocale, useMessages } from "next-intl";
import type { Locale } from "./locales";
import { translatorFor, type Messages, type Translate } from "./translate";

/**
 * The viewer's translator in a component (server or client), over the catalog next-intl provides: the
 * request's on the server, the one NextIntlClientProvider handed down in the browser. The same type as
 * the server's, so lib/i18n helpers (fieldLabel, failureMessage, …) serve both.
 */
export function useT(): Translate {
  return translatorFor(useLocale() as Locale, useMessages() as unknown as Messages);
}

export const useViewerLocale = () => useLocale() as Locale;
