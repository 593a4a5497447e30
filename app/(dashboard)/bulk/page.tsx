import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BulkIntake } from "@/components/bulk/bulk-intake";
import { RecentJobs } from "@/components/bulk/recent-jobs";
import { requireRole } from "@/lib/server/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("bulk"))("title") };
}

export default async function BulkPage() {
  await requireRole("admin");
  const t = await getTranslations("bulk");
  const jobs = await getTranslations("bulkJobs");
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-500">{t("intro")}</p>
      </header>
      <BulkIntake />
      <section aria-labelledby="recent-jobs" className="rounded-xl border border-slate-200 bg-white p-6">
        <h2 id="recent-jobs" className="mb-4 text-lg font-semibold">
          {jobs("recentHeading")}
        </h2>
        <RecentJobs />
      </section>
    </div>
  );
}
