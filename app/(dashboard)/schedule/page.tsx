import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ScheduleMeetingForm } from "@/components/schedule/schedule-meeting-form";
import { generateRoomId } from "@/lib/schemas/room-id";
import { requireRole } from "@/lib/server/auth/guard";
import { getConfig } from "@/lib/server/config";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pages"))("scheduleTitle") };
}

export default async function SchedulePage() {
  await requireRole("admin");
  const { limits } = getConfig();
  const t = await getTranslations("pages");
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{t("scheduleTitle")}</h1>
        <p className="mt-1 text-sm text-slate-500">{t("scheduleIntro")}</p>
      </header>
      {/* The Room ID is drawn here so the server-rendered form and the browser's first render agree. */}
      <ScheduleMeetingForm limits={limits} initialRoomId={generateRoomId()} />
    </div>
  );
}
