import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { requestTheme } from "@/lib/server/theme";
import { colorSchemeOf } from "@/lib/theme/preference";
import "./globals.css";

/** The page is drawn at the device's width (phones included), in the scheme the viewer chose. */
export async function generateViewport(): Promise<Viewport> {
  return { width: "device-width", initialScale: 1, colorScheme: colorSchemeOf(await requestTheme()) };
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("shell");
  return {
    title: { default: "Roomdesk", template: "%s · Roomdesk" },
    description: t("description"),
    // An admin console stays out of search engines (public/robots.txt, and X-Robots-Tag in proxy.ts).
    robots: { index: false, follow: false },
    // public/: the icon for tabs, home screens and pinned apps.
    icons: {
      icon: [
        { url: "/favicon.ico", sizes: "16x16 32x32 48x48" },
        { url: "/icon.svg", type: "image/svg+xml" },
      ],
      apple: "/apple-touch-icon.png",
    },
    manifest: "/manifest.webmanifest",
  };
}

/**
 * `lang` follows the viewer's locale, and with it the font stack (globals.css) and screen readers.
 * `data-theme` is the saved colour scheme: globals.css paints from it in the first byte, with no script.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, theme] = await Promise.all([getLocale(), requestTheme()]);
  return (
    <html lang={locale} data-theme={theme}>
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <NextIntlClientProvider>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
