import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CreateUserForm } from "@/components/users/create-user-form";
import { UsersTable } from "@/components/users/users-table";
import { requireRole } from "@/lib/server/auth/guard";
import { listUsers } from "@/lib/server/auth/users";
import { getApp } from "@/lib/server/app";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pages"))("users") };
}

export default async function UsersPage() {
  const actor = await requireRole("admin");
  const { db } = await getApp();
  const users = await listUsers(db);
  const t = await getTranslations("usersPage");
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
      <section aria-labelledby="add-user" className="rounded-xl border border-slate-200 bg-white p-6">
        <h2 id="add-user" className="mb-4 text-lg font-semibold">
          {t("addUser")}
        </h2>
        <CreateUserForm />
      </section>
      <section
        aria-label={t("allUsers")}
        className="overflow-x-auto rounded-xl border border-slate-200 bg-white p-6"
      >
        <UsersTable users={users} selfId={actor.id} />
      </section>
    </div>
  );
}
