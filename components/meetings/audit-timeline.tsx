"use client";

import Link from "next/link";
import { LocalTime, useViewerZone } from "@/components/support/local-time";
import { ActorName } from "@/components/ui/actor-name";
import { cx } from "@/components/ui/cx";
import type { AuditEntryView } from "@/lib/meetings/types";
import type { RoomEventView } from "@/lib/room-events/types";
import { roomEventWords } from "@/lib/i18n/describe-room-event";
import { useT } from "@/lib/i18n/use-t";
import { ScrollBox } from "@/components/ui/scroll-box";

const OUTCOME_STYLES: Record<AuditEntryView["outcome"], string> = {
  ok: "text-emerald-800",
  failed: "text-red-800",
  unknown: "text-amber-800",
  refused: "text-red-800",
  pending: "text-sky-800",
  interrupted: "text-amber-800",
};

type Entry =
  | { source: "roomdesk"; at: string; key: string; call: AuditEntryView }
  | { source: "tencent"; at: string; key: string; event: RoomEventView };

/** Roomdesk's calls and Tencent's events in one list, newest first; equal instants keep calls first. */
export function mergeTimeline(calls: AuditEntryView[], events: RoomEventView[]): Entry[] {
  const entries: Entry[] = [
    ...calls.map((call) => ({ source: "roomdesk" as const, at: call.occurredAt, key: `c${call.id}`, call })),
    ...events.map((event) => ({ source: "tencent" as const, at: event.at, key: `e${event.id}`, event })),
  ];
  return entries.sort((a, b) => (a.at === b.at ? (a.source === "roomdesk" ? -1 : 1) : a.at < b.at ? 1 : -1));
}

const cell = "py-2 pr-4 align-top";

/** The room's story as support quotes it: Roomdesk's audit rows beside what Tencent reported, each linked. */
export function AuditTimeline({ entries, events }: { entries: AuditEntryView[]; events: RoomEventView[] }) {
  const t = useT();
  const zone = useViewerZone();
  const merged = mergeTimeline(entries, events);
  return (
    <section aria-labelledby="timeline-heading" className="rounded-xl border border-slate-200 bg-white p-6">
      <h2 id="timeline-heading" className="text-base font-semibold text-slate-900">
        {t("meetings.auditTitle")}
      </h2>
      <p className="mt-1 text-sm text-slate-500">
        {zone ? t("roomEvents.timelineIntro", { zone }) : t("roomEvents.timelineIntroUtc")}
      </p>
      {merged.length === 0 ? (
        <p className="mt-3 text-sm text-slate-500">{t("meetings.noCalls")}</p>
      ) : (
        <ScrollBox label={t("meetings.auditTitle")} className="mt-3">
          <table className="w-full text-left text-sm">
            <thead className="text-xs text-slate-500 uppercase">
              <tr>
                <th className="py-2 pr-4 font-medium">{t("meetings.colTime")}</th>
                <th className="py-2 pr-4 font-medium">{t("roomEvents.colSource")}</th>
                <th className="py-2 pr-4 font-medium">{t("meetings.colAction")}</th>
                <th className="py-2 pr-4 font-medium">{t("meetings.colOutcome")}</th>
                <th className="py-2 pr-4 font-medium">{t("meetings.colErrorCode")}</th>
                <th className="py-2 pr-4 font-medium">{t("meetings.colRequestId")}</th>
                <th className="py-2 font-medium">{t("meetings.colBy")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {merged.map((entry) =>
                entry.source === "roomdesk" ? (
                  <CallRow key={entry.key} e={entry.call} />
                ) : (
                  <EventRow key={entry.key} e={entry.event} />
                ),
              )}
            </tbody>
          </table>
        </ScrollBox>
      )}
    </section>
  );
}

function CallRow({ e }: { e: AuditEntryView }) {
  const t = useT();
  return (
    <tr data-source="roomdesk">
      <td className={cell}>
        <Link href={`/support/${e.id}`} className="hover:underline">
          <LocalTime iso={e.occurredAt} />
        </Link>
      </td>
      <td className={cell}>{t("roomEvents.sourceRoomdesk")}</td>
      <td className={cell}>
        {e.action}
        {e.command ? <span className="block text-xs text-slate-500">{e.command}</span> : null}
      </td>
      <td className={cx(cell, "font-medium", OUTCOME_STYLES[e.outcome])}>{e.outcome}</td>
      <td className={cx(cell, "tabular-nums")} title={e.errorInfo ?? undefined}>
        {e.errorCode ?? "—"}
      </td>
      <td className={cx(cell, "font-mono text-xs whitespace-nowrap")}>
        {e.requestId ? (
          <Link href={`/support/${e.id}`} className="text-sky-800 underline underline-offset-2">
            {e.requestId}
          </Link>
        ) : (
          "—"
        )}
      </td>
      <td className="py-2 align-top">
        <ActorName actor={e.actor} />
      </td>
    </tr>
  );
}

function EventRow({ e }: { e: RoomEventView }) {
  const t = useT();
  return (
    <tr data-source="tencent" className="bg-sky-50/40">
      <td className={cell}>
        <Link href={`/support/events/${e.id}`} className="hover:underline">
          <LocalTime iso={e.at} />
        </Link>
      </td>
      <td className={cell}>{t("roomEvents.sourceTencent")}</td>
      <td className={cell}>
        {roomEventWords(t, e)}
        {e.accounts.length > 0 ? <span className="block">{e.accounts.join(", ")}</span> : null}
        <span className="block text-xs text-slate-500">{e.command}</span>
      </td>
      <td className={cell}>{e.platform ? t("roomEvents.platform", { platform: e.platform }) : "—"}</td>
      <td className={cell}>—</td>
      <td className={cell}>—</td>
      <td className="py-2 align-top">{e.operator || "—"}</td>
    </tr>
  );
}
