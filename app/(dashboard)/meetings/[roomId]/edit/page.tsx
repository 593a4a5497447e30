import type { Metadata } from "next";
import { EditMeetingView } from "@/components/meetings/edit-meeting-view";
import { roomIdParam } from "@/lib/meetings/room-param";
import { requireRole } from "@/lib/server/auth/guard";
import { getConfig } from "@/lib/server/config";

export const metadata: Metadata = { title: "Edit meeting" };

export default async function EditMeetingPage({ params }: { params: Promise<{ roomId: string }> }) {
  await requireRole("admin");
  const { roomId } = await params;
  return <EditMeetingView roomId={roomIdParam(roomId)} maxMembers={getConfig().limits.maxMembers} />;
}
