import "server-only";
import { cookies } from "next/headers";
import { THEME_COOKIE, themeFromCookie, type Theme } from "@/lib/theme/preference";

/** The viewer's saved colour scheme, for <html data-theme> and the switch's starting value. */
export async function requestTheme(): Promise<Theme> {
  return themeFromCookie((await cookies()).get(THEME_COOKIE)?.value);
}
