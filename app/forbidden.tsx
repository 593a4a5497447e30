import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Shown (HTTP 403) when a signed-in user's role does not allow the page or action. */
export default async function Forbidden() {
  const t = await getTranslations("pages");
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-16 text-center">
      <h1 className="text-xl font-semibold">{t("forbiddenTitle")}</h1>
      <p className="mt-2 text-sm text-slate-600">{t("forbiddenBody")}</p>
      <Link href="/" className="mt-6 inline-block text-sm font-medium underline">
        {t("backHome")}
      </Link>
    </main>
  );
}
