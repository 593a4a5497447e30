import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { isCallId } from "@/lib/support/call-id";
import { requireRole } from "@/lib/server/auth/guard";

/** Above loading.tsx, so the guard's refusal and a malformed call id's 404 keep their status. */
export default async function SupportCallLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ id: string }>;
}) {
  await requireRole("support");
  if (!isCallId((await params).id)) notFound();
  return children;
}
