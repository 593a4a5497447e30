import Link from "next/link";
import { useT } from "@/lib/i18n/use-t";

const linkButton =
  "inline-flex items-center rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white shadow-sm hover:bg-slate-800";

/**
 * A Room ID Roomdesk has no meeting for. The room may still exist on Tencent (made in another tool), so an
 * administrator is offered the import form with the ID filled in.
 */
export function MeetingNotFound({ roomId, canImport }: { roomId: string; canImport: boolean }) {
  const t = useT();
  return (
    <section aria-labelledby="meeting-not-found" className="space-y-4">
      <Link href="/meetings" className="text-sm text-slate-500 hover:underline">
        {t("meetings.meetingsLink")}
      </Link>
      <h1 id="meeting-not-found" className="text-2xl font-semibold tracking-tight text-slate-900">
        {t("feedback.meetingNotFoundTitle")}
      </h1>
      <p className="text-sm text-slate-600">
        {t.rich("feedback.meetingNotFoundBody", {
          roomId,
          code: (chunks) => <code className="font-mono">{chunks}</code>,
        })}
      </p>
      <p className="flex flex-wrap items-center gap-4">
        {canImport ? (
          <Link href={`/meetings?import=${encodeURIComponent(roomId)}`} className={linkButton}>
            {t("feedback.importThisRoom")}
          </Link>
        ) : null}
        <Link href="/meetings" className="text-sm font-medium underline underline-offset-2">
          {t("meetings.backToMeetings")}
        </Link>
      </p>
    </section>
  );
}
