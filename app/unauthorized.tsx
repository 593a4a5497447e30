import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Shown (HTTP 401) when an action or page needs a session the browser no longer has. */
export default async function Unauthorized() {
  const t = await getTranslations("pages");
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-16 text-center">
      <h1 className="text-xl font-semibold">{t("unauthorizedTitle")}</h1>
      <p className="mt-2 text-sm text-slate-600">{t("unauthorizedBody")}</p>
      <Link href="/login" className="mt-6 inline-block text-sm font-medium underline">
        {t("goSignIn")}
      </Link>
    </main>
  );
}
