import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { MeetingDetailView } from "@/components/meetings/meeting-detail-view";
import { roomIdParam } from "@/lib/meetings/room-param";
import { getApp } from "@/lib/server/app";
import { requireRole } from "@/lib/server/auth/guard";
import { meetingExists } from "@/lib/server/meetings/meeting-rows";

export async function generateMetadata({
  params,
}: {
  params: Promise<{ roomId: string }>;
}): Promise<Metadata> {
  const roomId = roomIdParam((await params).roomId);
  return { title: (await getTranslations("pages"))("meeting", { roomId }) };
}

export default async function MeetingPage({ params }: { params: Promise<{ roomId: string }> }) {
  const actor = await requireRole("support");
  const roomId = roomIdParam((await params).roomId);
  // A Room ID not in the index answers 404 at once (not-found.tsx offers to import it).
  if (!(await meetingExists((await getApp()).db, roomId))) notFound();
  return <MeetingDetailView roomId={roomId} canManage={actor.role === "admin"} />;
}
