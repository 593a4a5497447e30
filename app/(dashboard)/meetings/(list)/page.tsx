import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { MeetingsView } from "@/components/meetings/meetings-view";
import { requireRole } from "@/lib/server/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pages"))("meetings") };
}

export default async function MeetingsPage() {
  const actor = await requireRole("support");
  return (
    <Suspense>
      <MeetingsView canManage={actor.role === "admin"} />
    </Suspense>
  );
}
