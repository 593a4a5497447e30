import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { SeriesDetail } from "@/components/series/series-detail";
import { requireRole } from "@/lib/server/auth/guard";
import { getConfig } from "@/lib/server/config";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("series"))("pageTitle") };
}

/** A recurring series: every occurrence and its status, and the changes made to one, some or all. */
export default async function SeriesPage({ params }: { params: Promise<{ seriesId: string }> }) {
  const actor = await requireRole("support");
  const t = await getTranslations("series");
  const { seriesId } = await params;
  return (
    <div className="space-y-6">
      <Link href="/meetings" className="inline-block text-sm underline">
        {t("back")}
      </Link>
      <SeriesDetail
        seriesId={seriesId}
        canChange={actor.role === "admin"}
        maxMembers={getConfig().limits.maxMembers}
      />
    </div>
  );
}
