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

/** The id of a row's name link: each action is described by it, so "Edit" is heard as "Edit, <name>". */
export const meetingNameId = (roomId: string) => `meeting-name-${roomId}`;

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
  const describedBy = meetingNameId(m.roomId);
  if (m.phase === "cancelled") return null;
  return (
    <span className="flex items-center gap-2">
      <CopyButton
        text={invitationText(t, m, locale)}
        label={t("meetingActions.copyLabel")}
        describedBy={describedBy}
      />
      <a
        href={`/api/meetings/${encodeURIComponent(m.roomId)}/ics`}
        download
        aria-label={t("meetingActions.icsLabel")}
        aria-describedby={describedBy}
        className={small}
      >
        {t("meetingActions.ics")}
      </a>
      {canManage && m.phase === "upcoming" ? (
        <Link
          href={`/meetings/${encodeURIComponent(m.roomId)}/edit`}
          aria-describedby={describedBy}
          className={small}
        >
          {t("meetingActions.edit")}
        </Link>
      ) : null}
    </span>
  );
}
