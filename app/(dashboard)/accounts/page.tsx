import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AccountsTable } from "@/components/accounts/accounts-table";
import { ImportAccountsForm } from "@/components/accounts/import-accounts-form";
import { requestTranslator } from "@/lib/i18n/request-locale";
import { listImportedAccounts } from "@/lib/server/accounts/accounts";
import { requireRole } from "@/lib/server/auth/guard";
import { getApp } from "@/lib/server/app";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("shell"))("navAccounts") };
}

export default async function AccountsPage() {
  await requireRole("admin");
  const t = await requestTranslator();
  const accounts = await listImportedAccounts((await getApp()).db);
  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-2xl font-semibold tracking-tight">{t("accounts.title")}</h1>
        <p className="mt-1 text-sm text-slate-500">{t("accounts.intro")}</p>
      </header>
      <section aria-labelledby="import-accounts" className="rounded-xl border border-slate-200 bg-white p-6">
        <h2 id="import-accounts" className="mb-4 text-lg font-semibold">
          {t("accounts.importHeading")}
        </h2>
        <ImportAccountsForm />
      </section>
      <section
        aria-labelledby="imported-accounts"
        className="overflow-x-auto rounded-xl border border-slate-200 bg-white p-6"
      >
        <h2 id="imported-accounts" className="mb-4 text-lg font-semibold">
          {t("accounts.listHeading")}
        </h2>
        <AccountsTable accounts={accounts} />
      </section>
    </div>
  );
}
