import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { SetupForm } from "@/components/auth/setup-form";
import { countUsers } from "@/lib/server/auth/users";
import { getApp } from "@/lib/server/app";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("authForm"))("setupTitle") };
}

/** First run only: once any user exists this page (and its action) refuse. */
export default async function SetupPage() {
  const t = await getTranslations("authForm");
  const { db } = await getApp();
  if ((await countUsers(db)) > 0) redirect("/login");
  return (
    <>
      <h1 className="mb-2 text-xl font-semibold">{t("setupTitle")}</h1>
      <p className="mb-4 text-sm text-slate-600">{t("setupIntro")}</p>
      <SetupForm />
    </>
  );
}
