"use client";

import Link from "next/link";
import { CopyButton } from "@/components/ui/copy-button";
import { cx } from "@/components/ui/cx";
import { focusRing } from "@/components/ui/styles";
import type { MeetingSummary } from "@/lib/meetings/types";
import { useT, useViewerLocale } from "@/lib/i18n/use-t";
import { invitationText } from "./invitation-text";

const small = cx(
  "rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-xs font-medium text-slate-800 shadow-sm hover:bg-slate-50",
  focusRing,
);

/** What is done to a meeting from the list without opening it: pass the invitation on, or change it. */
export function MeetingRowActions({
  meeting: m,
  canManage,
}: {
  meeting: MeetingSummary;
  canManage: boolean;
}) {
  const t = useT();
  const locale = useViewerLocale();
  const name = m.roomName;
  if (m.phase === "cancelled") return null;
  return (
    <span className="flex items-center gap-2">
      <CopyButton text={invitationText(t, m, locale)} label={t("meetingActions.copyLabel", { name })} />
      <a
        href={`/api/meetings/${encodeURIComponent(m.roomId)}/ics`}
        download
        aria-label={t("meetingActions.icsLabel", { name })}
        className={small}
      >
        {t("meetingActions.ics")}
      </a>
      {canManage && m.phase === "upcoming" ? (
        <Link
          href={`/meetings/${encodeURIComponent(m.roomId)}/edit`}
          aria-label={t("meetingActions.editLabel", { name })}
          className={small}
        >
          {t("meetingActions.edit")}
        </Link>
      ) : null}
    </span>
  );
}
