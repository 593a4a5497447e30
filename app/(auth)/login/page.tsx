import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { currentActor } from "@/lib/server/auth/guard";
import { countUsers } from "@/lib/server/auth/users";
import { getApp } from "@/lib/server/app";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("authForm"))("signIn") };
}

export default async function LoginPage() {
  const t = await getTranslations("authForm");
  const { db } = await getApp();
  if ((await countUsers(db)) === 0) redirect("/setup");
  if (await currentActor()) redirect("/");
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold">{t("signIn")}</h1>
      <LoginForm />
    </>
  );
}
