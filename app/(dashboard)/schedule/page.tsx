import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ScheduleMeetingForm } from "@/components/schedule/schedule-meeting-form";
import { Alert } from "@/components/ui/alert";
import { generateRoomId } from "@/lib/schemas/room-id";
import { getApp } from "@/lib/server/app";
import { requireRole } from "@/lib/server/auth/guard";
import { getConfig } from "@/lib/server/config";
import { meetingToCopy } from "@/lib/server/meetings/meeting-copy";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pages"))("scheduleTitle") };
}

export default async function SchedulePage({
  searchParams,
}: {
  searchParams: Promise<{ from?: string | string[] }>;
}) {
  await requireRole("admin");
  const { limits } = getConfig();
  const t = await getTranslations("pages");
  const tr = await getTranslations("reschedule");
  // Duplicate: /schedule?from=<RoomId> starts from that meeting's settings and invitees (already decoded).
  const { from } = await searchParams;
  const fromId = typeof from === "string" && from !== "" ? from : null;
  const copy = fromId ? await meetingToCopy((await getApp()).db, fromId) : null;
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{t("scheduleTitle")}</h1>
        <p className="mt-1 text-sm text-slate-500">{t("scheduleIntro")}</p>
      </header>
      {fromId ? (
        <Alert tone={copy ? "info" : "warning"} role="status">
          {copy ? tr("duplicateIntro", { name: copy.roomName }) : tr("duplicateMissing", { roomId: fromId })}
        </Alert>
      ) : null}
      {/* The Room ID is drawn here so the server-rendered form and the browser's first render agree. */}
      <ScheduleMeetingForm limits={limits} initialRoomId={generateRoomId()} copied={copy?.values} />
    </div>
  );
}
