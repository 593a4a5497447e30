import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { EditMeetingView } from "@/components/meetings/edit-meeting-view";
import { roomIdParam } from "@/lib/meetings/room-param";
import { getApp } from "@/lib/server/app";
import { requireRole } from "@/lib/server/auth/guard";
import { getConfig } from "@/lib/server/config";
import { meetingExists } from "@/lib/server/meetings/meeting-rows";

export async function generateMetadata({
  params,
}: {
  params: Promise<{ roomId: string }>;
}): Promise<Metadata> {
  const roomId = roomIdParam((await params).roomId);
  return { title: (await getTranslations("pages"))("editMeeting", { roomId }) };
}

export default async function EditMeetingPage({ params }: { params: Promise<{ roomId: string }> }) {
  await requireRole("admin");
  const roomId = roomIdParam((await params).roomId);
  // As the meeting page: a Room ID not in the index answers 404 (../not-found.tsx offers to import it).
  if (!(await meetingExists((await getApp()).db, roomId))) notFound();
  return <EditMeetingView roomId={roomId} maxMembers={getConfig().limits.maxMembers} />;
}
