import type { Metadata } from "next";
import { Suspense } from "react";
import { SupportConsole } from "@/components/support/support-console";
import { requireRole } from "@/lib/server/auth/guard";

export const metadata: Metadata = { title: "Support" };

export default async function SupportPage() {
  await requireRole("support");
  return (
    <Suspense>
      <SupportConsole />
    </Suspense>
  );
}
