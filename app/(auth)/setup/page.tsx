import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SetupForm } from "@/components/auth/setup-form";
import { countUsers } from "@/lib/server/auth/users";
import { getApp } from "@/lib/server/app";

export const metadata: Metadata = { title: "Create the first administrator" };

/** First run only: once any user exists this page (and its action) refuse. */
export default async function SetupPage() {
  const { db } = await getApp();
  if ((await countUsers(db)) > 0) redirect("/login");
  return (
    <>
      <h1 className="mb-2 text-xl font-semibold">Create the first administrator</h1>
      <p className="mb-4 text-sm text-slate-600">
        Roomdesk has no accounts yet. This account can schedule meetings and add other administrators and
        support staff.
      </p>
      <SetupForm />
    </>
  );
}
