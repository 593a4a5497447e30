import type { Metadata } from "next";
import { MeetingDetailView } from "@/components/meetings/meeting-detail-view";
import { roomIdParam } from "@/lib/meetings/room-param";
import { requireRole } from "@/lib/server/auth/guard";

export const metadata: Metadata = { title: "Meeting" };

export default async function MeetingPage({ params }: { params: Promise<{ roomId: string }> }) {
  const actor = await requireRole("support");
  const { roomId } = await params;
  return <MeetingDetailView roomId={roomIdParam(roomId)} canManage={actor.role === "admin"} />;
}
