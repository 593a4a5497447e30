import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";

export const dynamic = "force-dynamic";

export default async function RootLayout({ children }) {
  return (
    <html lang={await getLocale()}>
      <body>
        <NextIntlClientProvider>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
