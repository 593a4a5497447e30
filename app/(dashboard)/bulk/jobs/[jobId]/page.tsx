import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { JobProgress } from "@/components/bulk/job-progress";
import { requireRole } from "@/lib/server/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("bulkJobs"))("title") };
}

/** A spreadsheet job's progress; the browser polls it, so the page can be closed and opened again. */
export default async function BulkJobPage({ params }: { params: Promise<{ jobId: string }> }) {
  await requireRole("admin");
  const t = await getTranslations("bulkJobs");
  const { jobId } = await params;
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-500">{t("intro")}</p>
        <Link href="/bulk" className="mt-2 inline-block text-sm underline">
          {t("back")}
        </Link>
      </header>
      <JobProgress jobId={jobId} />
    </div>
  );
}
