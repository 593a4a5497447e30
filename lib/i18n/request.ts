import { getRequestConfig } from "next-intl/server";
import { CATALOGS } from "./catalogs";
import { requestLocale } from "./request-locale";

// next-intl without i18n routing: the locale is the viewer's (lib/i18n/locales.ts), not a URL segment.
export default getRequestConfig(async () => {
  const locale = await requestLocale();
  return { locale, messages: CATALOGS[locale] };
});
