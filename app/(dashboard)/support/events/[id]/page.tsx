import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { EventDetailView } from "@/components/room-events/event-detail-view";
import { isCallId } from "@/lib/support/call-id";
import { requireRole } from "@/lib/server/auth/guard";
import { roomEventById } from "@/lib/server/callbacks/room-activity";
import { recordSupportAudit } from "@/lib/server/support/record-lookup";
import { getApp } from "@/lib/server/app";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("roomEvents"))("eventTitle") };
}

/** One event Tencent sent, with its body as it came; viewing it is on record like a call's detail. */
export default async function RoomEventPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireRole("support");
  const { id } = await params;
  if (!isCallId(id)) notFound();
  const db = (await getApp()).db;
  await recordSupportAudit(db, actor, "support.view", { event: Number(id) });
  const event = await roomEventById(db, Number(id));
  if (!event) notFound();
  return <EventDetailView event={event} />;
}
