import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { CallDetailView } from "@/components/support/call-detail-view";
import { isCallId } from "@/lib/support/call-id";
import { requireRole } from "@/lib/server/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pages"))("callDetail") };
}

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ back?: string | string[] }>;
}

export default async function SupportCallPage({ params, searchParams }: Props) {
  await requireRole("support");
  const { id } = await params;
  if (!isCallId(id)) notFound();
  const { back } = await searchParams;
  // Only a query string of the console itself: never a URL that could lead elsewhere.
  const safeBack = typeof back === "string" && /^[\w%=&.+:-]*$/.test(back) ? back.slice(0, 1000) : "";
  return <CallDetailView id={Number(id)} back={safeBack} />;
}
