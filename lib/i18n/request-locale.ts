import "server-only";
import { cookies, headers } from "next/headers";
import { translator } from "./catalogs";
import { LOCALE_COOKIE, resolveLocale, type Locale } from "./locales";

/** The caller's locale on the server (pages, actions, route handlers): saved choice, Accept-Language, English. */
export async function requestLocale(): Promise<Locale> {
  const [jar, head] = await Promise.all([cookies(), headers()]);
  return resolveLocale(jar.get(LOCALE_COOKIE)?.value, head.get("accept-language"));
}

export const requestTranslator = async () => translator(await requestLocale());
