import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { Alert } from "@/components/ui/alert";
import { loginReason, safeReturnPath } from "@/lib/auth/return-path";
import { currentActor } from "@/lib/server/auth/guard";
import { countUsers } from "@/lib/server/auth/users";
import { getApp } from "@/lib/server/app";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("authForm"))("signIn") };
}

type LoginSearch = Promise<Record<string, string | string[] | undefined>>;

/** `?next=`: the page to return to (only ever one of Roomdesk's); `?reason=`: why the person is here. */
export default async function LoginPage({ searchParams }: { searchParams: LoginSearch }) {
  const t = await getTranslations("authForm");
  const ts = await getTranslations("session");
  const { next: rawNext, reason: rawReason } = await searchParams;
  const next = safeReturnPath(rawNext);
  const reason = loginReason(rawReason);
  const { db } = await getApp();
  if ((await countUsers(db)) === 0) redirect("/setup");
  if (await currentActor()) redirect(next ?? "/");
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold">{t("signIn")}</h1>
      {reason ? (
        <Alert tone="info" role="status" className="mb-4">
          {reason === "expired" ? ts("expiredNotice") : ts("signedOutNotice")}
        </Alert>
      ) : null}
      <LoginForm next={next} />
    </>
  );
}
