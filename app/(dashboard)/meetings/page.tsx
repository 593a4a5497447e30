import type { Metadata } from "next";
import { Suspense } from "react";
import { MeetingsView } from "@/components/meetings/meetings-view";
import { requireRole } from "@/lib/server/auth/guard";

export const metadata: Metadata = { title: "Meetings" };

export default async function MeetingsPage() {
  const actor = await requireRole("support");
  return (
    <Suspense>
      <MeetingsView canManage={actor.role === "admin"} />
    </Suspense>
  );
}
