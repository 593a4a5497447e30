import { en } from "./messages/en";
import { ja } from "./messages/ja";
import { zh } from "./messages/zh";
import { DEFAULT_LOCALE, type Locale } from "./locales";
import { translatorFor, type Messages } from "./translate";

/** All three catalogs: for the server and tests. Client components get their one catalog from the provider. */
export const CATALOGS: Record<Locale, Messages> = { en, ja, "zh-Hans": zh };

export const translator = (locale: Locale = DEFAULT_LOCALE) => translatorFor(locale, CATALOGS[locale]);
