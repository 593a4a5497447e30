import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { currentActor } from "@/lib/server/auth/guard";
import { countUsers } from "@/lib/server/auth/users";
import { getApp } from "@/lib/server/app";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage() {
  const { db } = await getApp();
  if ((await countUsers(db)) === 0) redirect("/setup");
  if (await currentActor()) redirect("/");
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold">Sign in</h1>
      <LoginForm />
    </>
  );
}
