import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { SupportConsole } from "@/components/support/support-console";
import { requireRole } from "@/lib/server/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pages"))("support") };
}

export default async function SupportPage() {
  await requireRole("support");
  return (
    <Suspense>
      <SupportConsole />
    </Suspense>
  );
}
